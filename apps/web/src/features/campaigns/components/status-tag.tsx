import type { CampaignStatus } from '@jiandu/contracts/campaigns';
import { Tag } from 'antd';
import { CAMPAIGN_STATUS_COLOURS, campaignStatusLabel } from '../labels.ts';

/** A campaign's status as a coloured tag (筹备中, 开展中, 已结束). */
export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  return (
    <Tag color={CAMPAIGN_STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {campaignStatusLabel(status)}
    </Tag>
  );
}
