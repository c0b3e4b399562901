import type { ReferralSummary } from '@jiandu/contracts/referrals';
import { Space, Typography } from 'antd';
import { formatTime } from '../../../components/notices/format.ts';
import { stageLabel } from '../labels.ts';
import { t } from '../locale.ts';

/** The deadline a referral waits on: what is due, by when, and 已逾期 in red once it has passed. */
export function ReferralDue({
  referral: r,
}: {
  referral: Pick<ReferralSummary, 'stage' | 'dueAt' | 'overdue'>;
}) {
  if (!r.stage || !r.dueAt) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text style={{ fontSize: 12 }}>{stageLabel(r.stage)}</Typography.Text>
      <Space size={4} wrap>
        <span>{formatTime(r.dueAt)}</span>
        {r.overdue ? (
          <Typography.Text type="danger" strong>
            {t('overdue')}
          </Typography.Text>
        ) : null}
      </Space>
    </Space>
  );
}
