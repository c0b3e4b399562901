import type { EquipmentIssue, EquipmentReturn } from '@jiandu/contracts/equipment';
import { Alert, Button, Descriptions, Drawer, Grid, Skeleton, Space, Table, Typography } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useIssue } from '../api/use-issue.ts';
import { t } from '../locale.ts';
import { CategoryTag, StateTag } from './state-tag.tsx';

/** One issue: what, to whom, and every return against it. */
export function IssueDrawer({
  id,
  onClose,
  onReturn,
}: {
  id: string;
  onClose: () => void;
  onReturn: (issue: EquipmentIssue) => void;
}) {
  const { can } = useSession();
  const wide = Grid.useBreakpoint().md ?? true;
  const query = useIssue(id);
  const x = query.data;
  return (
    <Drawer
      open
      size={wide ? 640 : '100%'}
      title={
        x ? (
          <Space>
            {x.itemName}
            <StateTag state={x.state} />
          </Space>
        ) : (
          t('detail')
        )
      }
      onClose={onClose}
      extra={
        x && can('equipment.write') && x.inUse > 0 ? (
          <Button type="primary" onClick={() => onReturn(x)}>
            {t('return')}
          </Button>
        ) : null
      }
    >
      {query.error ? <Alert type="error" showIcon title={problemText(query.error)} /> : null}
      {!x ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions size="small" bordered column={wide ? 2 : 1} style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('category')}>
              <CategoryTag category={x.category} />
            </Descriptions.Item>
            <Descriptions.Item label={t('specification')}>{x.specification ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('org')}>{x.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('holder')}>{x.officerName ?? t('orgHeld')}</Descriptions.Item>
            <Descriptions.Item label={t('serialNumber')}>{x.serialNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('issuedOn')}>{x.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={t('quantity')}>{x.quantity}</Descriptions.Item>
            <Descriptions.Item label={t('inUse')}>
              <strong>{x.inUse}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('note')} span={wide ? 2 : 1}>
              {x.note ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('returns')}</Typography.Title>
          <Table<EquipmentReturn>
            rowKey="id"
            size="small"
            dataSource={x.returns}
            pagination={false}
            locale={{ emptyText: t('noReturns') }}
            columns={[
              { title: t('returnedOn'), dataIndex: 'returnedOn', width: 120 },
              { title: t('returnQuantity'), dataIndex: 'quantity', width: 100, align: 'right' },
              { title: t('returnNote'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
