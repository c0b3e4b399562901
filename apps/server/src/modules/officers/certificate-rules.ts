import {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_TYPE_LABELS,
  type CertificateStatus,
  type CertificateType,
  type CertificateValidity,
} from '@jiandu/contracts/officers';
import { addDays } from '../../platform/calendar/dates.ts';
import { type Timeline, timelineOf } from '../../platform/calendar/timeline.ts';

/*
 * The rules of a certificate's life, free of storage: which changes are allowed, and what status
 * it had on a given day. Both the console and the later warning rules ask "was N valid on D".
 */

/** Where each status may go; revoked, cancelled and expired are final. */
export const TRANSITIONS: Record<CertificateStatus, readonly CertificateStatus[]> = {
  valid: ['suspended', 'revoked', 'cancelled'],
  suspended: ['valid', 'revoked', 'cancelled'],
  revoked: [],
  cancelled: [],
  expired: [],
};

/** The verb of each change, for reasons and audit ("被暂扣"). */
export const STATUS_VERBS: Record<CertificateStatus, string> = {
  valid: '恢复有效',
  suspended: '暂扣',
  revoked: '吊销',
  cancelled: '注销',
  expired: '过期',
};

/** What a status computation needs of a certificate. */
export interface CertificateDates {
  number: string;
  issueDate: string;
  expiryDate: string;
}

/** What it needs of an event. */
export interface StatusEvent {
  id: string;
  status: CertificateStatus;
  effectiveDate: string;
  reason: string;
  recordedAt: string;
}

/** Events in the order they take effect: by effective date, then by when they were recorded. */
export function inEffectOrder<T extends StatusEvent>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      a.effectiveDate.localeCompare(b.effectiveDate) ||
      a.recordedAt.localeCompare(b.recordedAt) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The status as of today from the stored status: a valid or suspended certificate whose expiry
 * date has passed is expired even before the nightly job has marked it.
 */
export function currentStatus(
  status: CertificateStatus,
  expiryDate: string,
  today: string,
): CertificateStatus {
  return (status === 'valid' || status === 'suspended') && expiryDate < today ? 'expired' : status;
}

/** The event in force on a date (the latest effective on or before it), if any. */
function eventOn(events: readonly StatusEvent[], date: string): StatusEvent | undefined {
  return inEffectOrder(events)
    .filter((e) => e.effectiveDate <= date)
    .at(-1);
}

/** The status on a date: null before issue; expired after the expiry date unless revoked or cancelled. */
export function statusOn(
  certificate: CertificateDates,
  events: readonly StatusEvent[],
  date: string,
): CertificateStatus | null {
  if (date < certificate.issueDate) return null;
  const status = eventOn(events, date)?.status ?? 'valid';
  if (date > certificate.expiryDate && status !== 'revoked' && status !== 'cancelled') return 'expired';
  return status;
}

/**
 * `statusOn` for every day at once, as a timeline: the status can only change on the issue date,
 * an event's effective date or the day after expiry, so it is asked on those days alone.
 */
export function statusTimeline(
  certificate: CertificateDates,
  events: readonly StatusEvent[],
): Timeline<CertificateStatus | null> {
  const days = [
    certificate.issueDate,
    addDays(certificate.expiryDate, 1),
    ...events.map((e) => e.effectiveDate),
  ];
  return timelineOf(days, (day) => statusOn(certificate, events, day));
}

/** Whether a certificate was valid on a date, with a Chinese reason a person can act on. */
export function validityOn(
  certificate: CertificateDates,
  events: readonly StatusEvent[],
  date: string,
): CertificateValidity {
  const status = statusOn(certificate, events, date);
  const base = { number: certificate.number, date, status, valid: status === 'valid' };
  if (status === null)
    return { ...base, reason: `该证件${date}尚未发证 (发证日期 ${certificate.issueDate})` };
  if (status === 'expired')
    return {
      ...base,
      reason: `该证件有效期至${certificate.expiryDate}, 已于${addDays(certificate.expiryDate, 1)}过期`,
    };
  if (status === 'valid')
    return { ...base, reason: `该证件在${date}有效, 有效期至${certificate.expiryDate}` };
  const event = eventOn(events, date);
  const why = event?.reason ? ` (原因: ${event.reason})` : '';
  return {
    ...base,
    reason: `该证件于${event?.effectiveDate ?? certificate.issueDate}被${STATUS_VERBS[status]}${why}`,
  };
}

/** Why a status change may not be made: an illegal transition (a conflict) or a bad date. */
export interface TransitionProblem {
  kind: 'transition' | 'date';
  message: string;
}

/**
 * Why a status change may not be made, in Chinese, or null when it may. `current` is the status
 * as of today; the effective date may be back-dated but not before the issue date or the last
 * change, and not in the future.
 */
export function transitionProblem(input: {
  current: CertificateStatus;
  next: CertificateStatus;
  effectiveDate: string;
  issueDate: string;
  expiryDate: string;
  lastEffectiveDate: string;
  today: string;
}): TransitionProblem | null {
  const { current, next } = input;
  if (!TRANSITIONS[current].includes(next)) {
    const message =
      TRANSITIONS[current].length === 0
        ? `该证件已${CERTIFICATE_STATUS_LABELS[current]}, 不能再变更状态`
        : `证件状态不能由"${CERTIFICATE_STATUS_LABELS[current]}"变更为"${CERTIFICATE_STATUS_LABELS[next]}"`;
    return { kind: 'transition', message };
  }
  const date = (message: string): TransitionProblem => ({ kind: 'date', message });
  if (input.effectiveDate > input.today) return date('生效日期不能晚于今天');
  if (input.effectiveDate < input.issueDate) return date(`生效日期不能早于发证日期 ${input.issueDate}`);
  if (input.effectiveDate < input.lastEffectiveDate)
    return date(`生效日期不能早于上一次状态变更的生效日期 ${input.lastEffectiveDate}`);
  if (input.effectiveDate > input.expiryDate)
    return date(`生效日期不能晚于有效期截止日期 ${input.expiryDate}`);
  return null;
}

/** Why an officer in an org of this kind may not hold this type of certificate, or null. */
export function certificateKindProblem(
  orgKind: string,
  staffKind: string,
  type: CertificateType,
): string | null {
  if (type === 'supervision' && orgKind !== 'supervisor')
    return '行政执法监督证只发给司法行政机关 (监督机构) 的执法监督人员';
  if (type === 'enforcement' && orgKind !== 'agency' && orgKind !== 'township_government')
    return '行政执法证只发给行政执法主体 (行政执法机关、乡镇人民政府或街道办事处) 的执法人员';
  if (staffKind === 'other')
    return `只有公务员 (含参公管理人员) 和事业编制人员可以申领${CERTIFICATE_TYPE_LABELS[type]}; 合同工、劳务派遣和临时人员不得从事执法`;
  return null;
}
