import type { AgencyStatus, QualificationStatus } from '@jiandu/contracts/agencies';
import { Tag } from 'antd';
import { STATUS_COLOURS, statusLabel } from '../labels.ts';

/** A qualification status as a coloured tag (未填报, 草稿, 待确认, 已确认, 已公告, 已撤销 …). */
export function StatusTag({ status }: { status: AgencyStatus | QualificationStatus }) {
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status)}
    </Tag>
  );
}
