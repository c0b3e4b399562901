/**
 * Certificate types and statuses with their Chinese labels, kept free of zod so the public portal
 * can show them without loading the validation library.
 */

/** The two certificates: 行政执法证 and 行政执法监督证. */
export const CERTIFICATE_TYPES = ['enforcement', 'supervision'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];
export const CERTIFICATE_TYPE_LABELS: Record<CertificateType, string> = {
  enforcement: '行政执法证',
  supervision: '行政执法监督证',
};

/** Certificate statuses: valid, suspended (暂扣), revoked (吊销), cancelled (注销), expired (过期). */
export const CERTIFICATE_STATUSES = ['valid', 'suspended', 'revoked', 'cancelled', 'expired'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
  cancelled: '注销',
  expired: '已过期',
};
