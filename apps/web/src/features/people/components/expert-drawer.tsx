import { PlusOutlined } from '@ant-design/icons';
import type { ExpertConflict } from '@jiandu/contracts/people';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Grid,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { problemText } from '../../../lib/problem.ts';
import { useExpert } from '../api/use-expert.ts';
import { useRemoveConflict } from '../api/use-remove-conflict.ts';
import { t } from '../locale.ts';
import { ConflictModal } from './conflict-modal.tsx';
import { AvailabilityTag } from './status-tag.tsx';

/** One expert: details and the orgs they must not review. */
export function ExpertDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { can } = useSession();
  const canWrite = can('pool.write');
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  const query = useExpert(id);
  const remove = useRemoveConflict();
  const [adding, setAdding] = useState(false);
  const e = query.data;
  const columns: TableColumnsType<ExpertConflict> = [
    { title: t('conflictOrg'), dataIndex: 'orgName' },
    { title: t('conflictReason'), dataIndex: 'reason' },
    { title: t('since'), dataIndex: 'since', width: 110 },
  ];
  if (canWrite)
    columns.push({
      title: t('actions'),
      key: 'actions',
      width: 80,
      render: (_, c) => (
        <Popconfirm
          title={t('removeConflictConfirm', { org: c.orgName })}
          okText={t('ok')}
          cancelText={t('cancel')}
          onConfirm={() =>
            remove
              .mutateAsync({ id, conflictId: c.id })
              .then(() => {
                message.success(t('removed'));
              })
              .catch((err: unknown) => message.error(problemText(err)))
          }
        >
          <Button type="link" size="small" danger>
            {t('remove')}
          </Button>
        </Popconfirm>
      ),
    });
  return (
    <Drawer open size={wide ? 720 : '100%'} title={e?.name ?? t('detail')} onClose={onClose}>
      {query.error ? <Alert type="error" showIcon title={problemText(query.error)} /> : null}
      {!e ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions size="small" column={wide ? 2 : 1} bordered style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('employer')}>{e.employer}</Descriptions.Item>
            <Descriptions.Item label={t('proTitle')}>{e.title ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('idNumber')}>{e.idNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('phone')}>{e.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fields')} span={wide ? 2 : 1}>
              <Space size={[0, 4]} wrap>
                {e.fields.map((f) => (
                  <Tag key={f}>{fieldLabel(f)}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('specialty')} span={wide ? 2 : 1}>
              {e.specialty ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('availability')}>
              <AvailabilityTag expert={e} />
            </Descriptions.Item>
            <Descriptions.Item label={t('poolOrg')}>{e.orgName}</Descriptions.Item>
          </Descriptions>
          <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('conflicts')}
            </Typography.Title>
            {canWrite ? (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                {t('addConflict')}
              </Button>
            ) : null}
          </Space>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('conflictsHint')}
          </Typography.Paragraph>
          <Table<ExpertConflict>
            rowKey="id"
            size="small"
            dataSource={e.conflicts}
            columns={columns}
            pagination={false}
            locale={{ emptyText: t('noConflicts') }}
          />
          {adding ? <ConflictModal expert={e} onClose={() => setAdding(false)} /> : null}
        </>
      )}
    </Drawer>
  );
}
