import type { ItemStatus, VersionStatus } from '@jiandu/contracts/catalogue-labels';
import { Tag } from 'antd';
import { STATUS_COLOURS, statusLabel } from '../labels.ts';

/** An item's or a version's status as a coloured tag (草稿, 待审核, 已发布, 已取消 …). */
export function StatusTag({ status }: { status: ItemStatus | VersionStatus }) {
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status)}
    </Tag>
  );
}
