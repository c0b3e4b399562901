import type { ComplaintStatus } from '@jiandu/contracts/complaint-labels';
import type { ComplaintSummary } from '@jiandu/contracts/complaints';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { todayShanghai } from '../../../lib/dates.ts';
import { STATUS_COLOURS, stageLabel, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

/** Where a complaint stands, as a coloured tag. */
export function StatusTag({ status }: { status: ComplaintStatus }) {
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status)}
    </Tag>
  );
}

/** Whole days from today (Shanghai) to a due date; negative once it has passed. */
export function daysUntil(due: string): number {
  return Math.round((Date.parse(due) - Date.parse(todayShanghai())) / 86_400_000);
}

/**
 * The deadline a complaint waits on: the date and how near it is (an overdue one in red, one due
 * within three days in orange), and below it which stage it closes.
 */
export function DueCell({
  complaint: c,
}: {
  complaint: Pick<ComplaintSummary, 'stage' | 'dueOn' | 'overdue'>;
}) {
  if (!c.dueOn || !c.stage) return <Typography.Text type="secondary">—</Typography.Text>;
  const days = daysUntil(c.dueOn);
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <Space size={4}>
        <span>{c.dueOn}</span>
        {c.overdue || days < 0 ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {t('overdue')}
          </Tag>
        ) : days <= 3 ? (
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            {days === 0 ? t('dueToday') : t('dueInDays', { n: days })}
          </Tag>
        ) : null}
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dueStage', { stage: stageLabel(c.stage) })}
        </Typography.Text>
      </div>
    </div>
  );
}

/** How many complaints resemble this one (same phone, same target, similar words), when any do. */
export function DuplicateBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <Tooltip title={t('duplicatesHint')}>
      <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="duplicate-count">
        {t('duplicates', { n: count })}
      </Tag>
    </Tooltip>
  );
}
