import type { Severity, WarningStatus } from '@jiandu/contracts/warning-rules';
import { Tag } from 'antd';
import { SEVERITY_COLOURS, STATUS_COLOURS, severityLabel, statusLabel } from './labels.ts';

/** How serious a warning is, as a coloured tag (高 red, 中 orange, 低 blue). */
export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <Tag color={SEVERITY_COLOURS[severity]} style={{ marginInlineEnd: 0 }}>
      {severityLabel(severity)}
    </Tag>
  );
}

/** Where a warning stands, as a coloured tag. */
export function WarningStatusTag({ status }: { status: WarningStatus }) {
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status)}
    </Tag>
  );
}
