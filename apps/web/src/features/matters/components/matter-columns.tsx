import type { MatterSummary } from '@jiandu/contracts/matters';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { modeLabel, originLabel, scopeLabel } from '../../../components/notices/labels.ts';
import { MatterStatusTag } from '../../../components/notices/notice-tags.tsx';
import { t } from '../locale.ts';

/** A matter's due date with its days overdue in red. */
export function DueCell({ matter }: { matter: Pick<MatterSummary, 'dueOn' | 'overdueDays' | 'status'> }) {
  if (!matter.dueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <span>{matter.dueOn}</span>
      {matter.overdueDays > 0 && matter.status !== 'closed' ? (
        <Typography.Text type="danger" strong>
          {t('overdueDays', { n: matter.overdueDays })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

/** A matter's number and title, the title linking to its page. */
export function MatterTitleCell({
  matter,
  agency = false,
}: {
  matter: Pick<MatterSummary, 'id' | 'number' | 'title' | 'agencyName'>;
  /** Names the agency under the title, where the table has no column for it. */
  agency?: boolean;
}) {
  return (
    <div
      style={{
        minWidth: agency ? 0 : 180,
        maxWidth: agency ? undefined : 420,
        flex: '1 1 220px',
        wordBreak: 'break-word',
      }}
    >
      <Link to={`/matters/${encodeURIComponent(matter.id)}`}>{matter.title}</Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {agency ? `${matter.agencyName} · ${matter.number}` : matter.number}
        </Typography.Text>
      </div>
    </div>
  );
}

/** The columns of the matter list. */
export function matterColumns(): TableColumnsType<MatterSummary> {
  const status = {
    title: t('status'),
    dataIndex: 'status',
    render: (_: unknown, m: MatterSummary) => <MatterStatusTag status={m.status} />,
  };
  const due = {
    title: t('dueOn'),
    key: 'due',
    render: (_: unknown, m: MatterSummary) => <DueCell matter={m} />,
  };
  return [
    { title: t('matterTitle'), key: 'title', render: (_, m) => <MatterTitleCell matter={m} /> },
    { title: t('agency'), dataIndex: 'agencyName' },
    status,
    due,
    {
      title: t('scopeMode'),
      key: 'kind',
      render: (_, m) => (
        <Space size={4}>
          <Tag style={{ marginInlineEnd: 0 }}>{scopeLabel(m.scope)}</Tag>
          <Tag color={m.mode === 'binding' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {modeLabel(m.mode)}
          </Tag>
        </Space>
      ),
    },
    { title: t('origin'), dataIndex: 'origin', render: (_, m) => originLabel(m.origin) },
    { title: t('openedOn'), dataIndex: 'openedOn' },
  ];
}
