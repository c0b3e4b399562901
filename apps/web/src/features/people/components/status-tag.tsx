import type { Expert, ExpertAvailability, SupervisorStatus } from '@jiandu/contracts/people';
import { Tag } from 'antd';
import { availabilityLabel, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

const STATUS_COLOR: Record<SupervisorStatus, string> = {
  active: 'green',
  ended: 'default',
  dismissed: 'red',
};

/** The status of an appointment as a coloured tag. */
export function SupervisorStatusTag({ status }: { status: SupervisorStatus }) {
  return <Tag color={STATUS_COLOR[status]}>{statusLabel(status)}</Tag>;
}

const AVAILABILITY_COLOR: Record<ExpertAvailability, string> = {
  available: 'green',
  busy: 'orange',
  unavailable: 'default',
};

/** An expert's availability as a tag, with the date a busy expert is free again. */
export function AvailabilityTag({ expert }: { expert: Pick<Expert, 'availability' | 'busyUntil'> }) {
  return (
    <Tag color={AVAILABILITY_COLOR[expert.availability]}>
      {availabilityLabel(expert.availability)}
      {expert.busyUntil ? ` · ${t('until', { date: expert.busyUntil })}` : ''}
    </Tag>
  );
}
