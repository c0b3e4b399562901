import { PlusOutlined } from '@ant-design/icons';
import {
  type InvitedSupervisor,
  PARTICIPATION_KINDS,
  type Participation,
  type ParticipationYear,
} from '@jiandu/contracts/people';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Grid,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useParticipationYears } from '../api/use-participation-years.ts';
import { useParticipations } from '../api/use-participations.ts';
import { useRemoveParticipation } from '../api/use-remove-participation.ts';
import { useSupervisor } from '../api/use-supervisor.ts';
import { categoryLabel, kindLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { ParticipationModal } from './participation-modal.tsx';
import { StatusModal } from './status-modal.tsx';
import { SupervisorStatusTag } from './status-tag.tsx';

const yearColumns: TableColumnsType<ParticipationYear> = [
  { title: t('year'), dataIndex: 'year', fixed: 'left' },
  { title: t('total'), dataIndex: 'total', align: 'right', render: (n: number) => <strong>{n}</strong> },
  ...PARTICIPATION_KINDS.map((kind) => ({
    title: kindLabel(kind),
    key: kind,
    align: 'right' as const,
    render: (_: unknown, y: ParticipationYear) => y.byKind[kind] || '—',
  })),
  { title: t('hours'), dataIndex: 'hours', align: 'right' },
];

/** The yearly counts and the log itself, with adding and removing entries. */
function ParticipationLog({ supervisor, canWrite }: { supervisor: InvitedSupervisor; canWrite: boolean }) {
  const { message } = App.useApp();
  const [year, setYear] = useState<number | undefined>();
  const [adding, setAdding] = useState(false);
  const years = useParticipationYears(supervisor.id);
  const log = useParticipations(supervisor.id, year);
  const remove = useRemoveParticipation();
  const columns: TableColumnsType<Participation> = [
    { title: t('date'), dataIndex: 'date', width: 110 },
    { title: t('activityKind'), dataIndex: 'kind', width: 100, render: kindLabel },
    { title: t('description'), dataIndex: 'description' },
    {
      title: t('hoursShort'),
      dataIndex: 'hours',
      width: 70,
      align: 'right',
      render: (h: number | null) => h ?? '—',
    },
  ];
  if (canWrite)
    columns.push({
      title: t('actions'),
      key: 'actions',
      width: 70,
      render: (_, p) => (
        <Popconfirm
          title={t('removeParticipationConfirm')}
          okText={t('ok')}
          cancelText={t('cancel')}
          onConfirm={() =>
            remove
              .mutateAsync({ id: supervisor.id, participationId: p.id })
              .then(() => {
                message.success(t('removed'));
              })
              .catch((e: unknown) => message.error(problemText(e)))
          }
        >
          <Button type="link" size="small" danger>
            {t('remove')}
          </Button>
        </Popconfirm>
      ),
    });
  return (
    <>
      <Typography.Title level={5}>{t('yearlyCounts')}</Typography.Title>
      {years.error ? <Alert type="error" showIcon title={problemText(years.error)} /> : null}
      <Table<ParticipationYear>
        rowKey="year"
        size="small"
        loading={years.isFetching}
        dataSource={years.data ?? []}
        columns={yearColumns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('noParticipation') }}
        style={{ marginBottom: 24 }}
      />
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('participationLog')}
        </Typography.Title>
        <Space>
          <Select
            aria-label={t('year')}
            placeholder={t('allYears')}
            allowClear
            value={year}
            onChange={setYear}
            options={(years.data ?? []).map((y) => ({ value: y.year, label: String(y.year) }))}
            style={{ width: 110 }}
          />
          {canWrite ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('addParticipation')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {log.error ? <Alert type="error" showIcon title={problemText(log.error)} /> : null}
      <Table<Participation>
        rowKey="id"
        size="small"
        loading={log.isFetching}
        dataSource={log.data ?? []}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('noParticipation') }}
      />
      {adding ? <ParticipationModal supervisor={supervisor} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

/** One invited supervisor: appointment details, status actions and the participation log. */
export function SupervisorDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: string;
  onClose: () => void;
  onEdit: (s: InvitedSupervisor) => void;
}) {
  const { can } = useSession();
  const canWrite = can('pool.write');
  const wide = Grid.useBreakpoint().md ?? true;
  const query = useSupervisor(id);
  const [status, setStatus] = useState(false);
  const s = query.data;
  return (
    <Drawer
      open
      size={wide ? 760 : '100%'}
      title={
        s ? (
          <Space>
            {s.name}
            <SupervisorStatusTag status={s.status} />
          </Space>
        ) : (
          t('detail')
        )
      }
      onClose={onClose}
      extra={
        s && canWrite ? (
          <Space>
            <Button onClick={() => onEdit(s)}>{t('edit')}</Button>
            <Button danger={s.status === 'active'} onClick={() => setStatus(true)}>
              {s.status === 'active' ? t('endOrDismiss') : t('reinstate')}
            </Button>
          </Space>
        ) : null
      }
    >
      {query.error ? <Alert type="error" showIcon title={problemText(query.error)} /> : null}
      {!s ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions size="small" column={wide ? 2 : 1} bordered style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('genderAge')}>
              {s.gender === 'male' ? t('male') : t('female')} · {t('ageValue', { age: s.age })}
              <Typography.Text type="secondary">
                {' '}
                ({t('ageAtTermStart', { age: s.ageAtTermStart })})
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('category')}>{categoryLabel(s.category)}</Descriptions.Item>
            <Descriptions.Item label={t('idNumber')}>{s.idNumber}</Descriptions.Item>
            <Descriptions.Item label={t('phone')}>{s.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('employer')}>{s.employer}</Descriptions.Item>
            <Descriptions.Item label={t('title')}>{s.title ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('appointingOrg')}>{s.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('appointmentNumber')}>{s.appointmentNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('term')} span={wide ? 2 : 1}>
              {t('termNumberValue', { n: s.termNumber })} · {s.termStart} ~ {s.termEnd}
            </Descriptions.Item>
            {s.status !== 'active' ? (
              <Descriptions.Item label={t('statusChange')} span={wide ? 2 : 1}>
                {s.statusDate} · {s.statusReason}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <ParticipationLog supervisor={s} canWrite={canWrite} />
          {status ? <StatusModal supervisor={s} onClose={() => setStatus(false)} /> : null}
        </>
      )}
    </Drawer>
  );
}
