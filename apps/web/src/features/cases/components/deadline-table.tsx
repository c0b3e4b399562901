import type { CaseDeadlineView } from '@jiandu/contracts/cases';
import { Alert, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { deadlineLabel, eventLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { DeadlineStateTag } from './deadline-state-tag.tsx';
import { EmptyText } from './empty-text.tsx';

interface Props {
  deadlines: CaseDeadlineView[];
  /** The deadlines were computed for an older version; the newest is being worked through. */
  pending: boolean;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** 期限: each legal deadline of the case, when it started, when it falls due, and whether it was met. */
export function DeadlineTable({ deadlines, pending }: Props) {
  const columns: TableColumnsType<CaseDeadlineView> = [
    {
      title: t('deadline'),
      dataIndex: 'code',
      render: (code: CaseDeadlineView['code'], d) => (
        <Flex gap={6} align="center" style={nowrap}>
          {deadlineLabel(code)}
          {d.provisional ? (
            <Tooltip title={t('provisionalHint')}>
              <Tag color="gold" tabIndex={0} style={{ marginInlineEnd: 0, cursor: 'help' }}>
                {t('provisional')}
              </Tag>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('deadlineState'),
      dataIndex: 'state',
      render: (state: CaseDeadlineView['state']) => <DeadlineStateTag state={state} />,
    },
    {
      title: t('startEvent'),
      dataIndex: 'startEvent',
      render: (event: string) => <span style={nowrap}>{eventLabel(event)}</span>,
    },
    { title: t('due'), dataIndex: 'due', render: (day: string) => <span style={nowrap}>{day}</span> },
    {
      title: t('metOn'),
      dataIndex: 'metOn',
      render: (day: string | null) => <span style={nowrap}>{day ?? '—'}</span>,
    },
    {
      title: t('basis'),
      dataIndex: 'basis',
      render: (basis: string) => <span style={{ display: 'inline-block', minWidth: 200 }}>{basis}</span>,
    },
  ];
  return (
    <Flex vertical gap={12}>
      {pending ? <Alert type="info" showIcon title={t('deadlinesPending')} /> : null}
      <Table<CaseDeadlineView>
        rowKey="code"
        size="middle"
        dataSource={deadlines}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyText>{t('noDeadlines')}</EmptyText> }}
        expandable={{
          expandedRowRender: (d) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              <Typography.Text type="secondary">{t('explanation')}: </Typography.Text>
              {d.explanation}
            </Typography.Paragraph>
          ),
        }}
      />
    </Flex>
  );
}
