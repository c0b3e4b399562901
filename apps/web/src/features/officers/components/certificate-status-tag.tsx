import type { CertificateStatus } from '@jiandu/contracts/officers';
import { Tag } from 'antd';
import { STATUS_COLOR, statusLabel } from '../labels.ts';

/** A certificate status as a coloured tag (valid green, suspended orange, revoked red, expired grey). */
export function CertificateStatusTag({ status }: { status: CertificateStatus | null }) {
  if (!status) return <Tag>—</Tag>;
  return (
    <Tag color={STATUS_COLOR[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status)}
    </Tag>
  );
}
