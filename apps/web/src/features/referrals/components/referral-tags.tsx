import type { ReferralStatus, ReferralTarget } from '@jiandu/contracts/referral-labels';
import { Tag } from 'antd';
import { statusLabel, targetLabel } from '../labels.ts';

const STATUS_COLOURS: Record<ReferralStatus, string> = {
  draft: 'default',
  submitted: 'gold',
  approved: 'cyan',
  refused: 'red',
  sent: 'blue',
  received: 'geekblue',
  answered: 'purple',
  reconsideration: 'magenta',
  supervision: 'volcano',
  closed: 'green',
};

const TARGET_COLOURS: Record<ReferralTarget, string> = {
  discipline: 'orange',
  police: 'blue',
  procuratorate: 'purple',
};

/** Where a referral stands, coloured by stage. */
export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }} data-status={status}>
      {statusLabel(status)}
    </Tag>
  );
}

/** Whom the lead goes to: 纪检监察, 公安 or 检察. */
export function ReferralTargetTag({ target }: { target: ReferralTarget }) {
  return (
    <Tag color={TARGET_COLOURS[target]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {targetLabel(target)}
    </Tag>
  );
}
