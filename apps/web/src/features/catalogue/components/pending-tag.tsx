import { Tag } from 'antd';
import { statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

/** The new version in progress beside a published item: 新版本草稿 / 新版本待审核. */
export function PendingTag({ status }: { status: 'draft' | 'submitted' | null | undefined }) {
  if (!status) return null;
  return (
    <Tag color={status === 'submitted' ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t('pendingTag', { status: statusLabel(status) })}
    </Tag>
  );
}
