import {
  MATTER_MODE_LABELS,
  MATTER_ORIGIN_LABELS,
  MATTER_PROBLEM_LABELS,
  MATTER_SCOPE_LABELS,
  MATTER_STATUS_LABELS,
  MATTER_TRACK_LABELS,
  type MatterMode,
  type MatterOrigin,
  type MatterProblem,
  type MatterScope,
  type MatterStatus,
  type MatterTrack,
  NOTICE_KIND_LABELS,
  type NoticeKind,
} from '@jiandu/contracts/matter-labels';
import {
  ESCALATION_KIND_LABELS,
  type EscalationKind,
  MATTER_EVENT_KIND_LABELS,
  type MatterEventKind,
  NOTICE_STATUS_LABELS,
  type NoticeStatus,
  RECORD_KIND_LABELS,
  RESPONSE_KIND_LABELS,
  type RecordKind,
  type ResponseKind,
} from '@jiandu/contracts/matters';
import { currentLocale } from '../../lib/i18n.ts';
import { EN } from './labels-en.ts';

/** Labels of the supervision codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';
const pick =
  <K extends string>(zh: Record<K, string>, english: Record<K, string>) =>
  (code: K): string =>
    (en ? english[code] : zh[code]) ?? code;

/** 已立项, 调查中, 整改中, 待核查, 已办结. */
export const matterStatusLabel = pick<MatterStatus>(MATTER_STATUS_LABELS, EN.matterStatus);
/** 个案监督 / 类案监督. */
export const scopeLabel = pick<MatterScope>(MATTER_SCOPE_LABELS, EN.scope);
/** 刚性监督 / 柔性监督. */
export const modeLabel = pick<MatterMode>(MATTER_MODE_LABELS, EN.mode);
/** 日常, 重点, 专项监督. */
export const trackLabel = pick<MatterTrack>(MATTER_TRACK_LABELS, EN.track);
/** Where a matter came from. */
export const originLabel = pick<MatterOrigin>(MATTER_ORIGIN_LABELS, EN.origin);
/** A problem supervision looks for (有案不立 … 案卷质量). */
export const problemLabel = pick<MatterProblem>(MATTER_PROBLEM_LABELS, EN.problem);
/** 行政执法监督通知书 / 建议书 / 意见书 / 决定书. */
export const noticeKindLabel = pick<NoticeKind>(NOTICE_KIND_LABELS, EN.noticeKind);
/** Where a notice stands. */
export const noticeStatusLabel = pick<NoticeStatus>(NOTICE_STATUS_LABELS, EN.noticeStatus);
/** 整改方案, 整改进展, 整改完成报告. */
export const responseKindLabel = pick<ResponseKind>(RESPONSE_KIND_LABELS, EN.responseKind);
/** Kinds of investigation record. */
export const recordKindLabel = pick<RecordKind>(RECORD_KIND_LABELS, EN.recordKind);
/** 约谈 / 通报. */
export const escalationKindLabel = pick<EscalationKind>(ESCALATION_KIND_LABELS, EN.escalationKind);
/** A line of a matter's history. */
export const eventKindLabel = pick<MatterEventKind>(MATTER_EVENT_KIND_LABELS, EN.event);

/** Tag colours of a matter's status: the supervisor's turn stands out, closed recedes. */
export const MATTER_STATUS_COLOURS: Record<MatterStatus, string> = {
  open: 'blue',
  investigating: 'processing',
  rectifying: 'orange',
  verifying: 'purple',
  closed: 'success',
};

/** Tag colours of a notice's status. */
export const NOTICE_STATUS_COLOURS: Record<NoticeStatus, string> = {
  issued: 'orange',
  reported: 'purple',
  accepted: 'success',
  withdrawn: 'default',
};
