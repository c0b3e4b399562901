import type { CaseStatus } from '@jiandu/contracts/cases';
import { Tag } from 'antd';
import { STATUS_COLOURS, statusLabel } from '../labels.ts';

/** Where a case stands (办理中, 已决定, 已结案) as a coloured tag. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status)}
    </Tag>
  );
}
