import type { MatterStatus } from '@jiandu/contracts/matter-labels';
import type { NoticeStatus } from '@jiandu/contracts/matters';
import { Tag } from 'antd';
import {
  MATTER_STATUS_COLOURS,
  matterStatusLabel,
  NOTICE_STATUS_COLOURS,
  noticeStatusLabel,
} from './labels.ts';
import { t } from './locale.ts';

/** Where a matter stands, as a coloured tag. */
export function MatterStatusTag({ status }: { status: MatterStatus }) {
  return (
    <Tag color={MATTER_STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {matterStatusLabel(status)}
    </Tag>
  );
}

/** Where a notice stands, as a coloured tag. */
export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  return (
    <Tag color={NOTICE_STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {noticeStatusLabel(status)}
    </Tag>
  );
}

/** Days past a deadline, in red; nothing when not overdue. */
export function OverdueTag({ days }: { days: number }) {
  if (days <= 0) return null;
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }}>
      {t('overdue', { n: days })}
    </Tag>
  );
}
