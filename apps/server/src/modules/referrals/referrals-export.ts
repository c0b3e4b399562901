import {
  REFERRAL_ORIGIN_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STAGE_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_TARGET_LABELS,
} from '@jiandu/contracts/referral-labels';
import type { ReferralSummary } from '@jiandu/contracts/referrals';
import type { SheetColumn } from '../../platform/files/xlsx.ts';
import { shanghai } from './referral-periods.ts';

/** The columns of the referral list's export, as a reader checks them in a spreadsheet. */
export const REFERRAL_EXPORT_COLUMNS: SheetColumn<ReferralSummary>[] = [
  { header: '移送文号', width: 26, value: (r) => r.number },
  { header: '线索名称', width: 36, value: (r) => r.title },
  { header: '移送单位', width: 26, value: (r) => r.orgName },
  { header: '移送对象', width: 18, value: (r) => REFERRAL_TARGET_LABELS[r.targetKind] },
  { header: '接收机关', width: 26, value: (r) => r.targetName },
  { header: '涉嫌单位或人员', width: 20, value: (r) => r.subjectName },
  { header: '线索来源', width: 12, value: (r) => REFERRAL_ORIGIN_LABELS[r.origin] },
  { header: '状态', width: 12, value: (r) => REFERRAL_STATUS_LABELS[r.status] },
  { header: '当前期限', width: 14, value: (r) => (r.stage ? REFERRAL_STAGE_LABELS[r.stage] : null) },
  { header: '期限届满', width: 18, value: (r) => (r.dueAt ? shanghai(r.dueAt) : null) },
  { header: '是否逾期', width: 10, value: (r) => (r.overdue ? '逾期' : null) },
  { header: '起草日期', width: 12, value: (r) => r.draftedOn },
  { header: '移送日期', width: 12, value: (r) => r.sentOn },
  { header: '反馈结果', width: 14, value: (r) => (r.outcome ? REFERRAL_OUTCOME_LABELS[r.outcome] : null) },
];
