import {
  EXPERT_AVAILABILITY_LABELS,
  type ExpertAvailability,
  PARTICIPATION_KIND_LABELS,
  type ParticipationKind,
  SUPERVISOR_CATEGORY_LABELS,
  SUPERVISOR_STATUS_LABELS,
  type SupervisorCategory,
  type SupervisorStatus,
  TALENT_LEVEL_LABELS,
  TALENT_SOURCE_LABELS,
  TALENT_STATUS_LABELS,
  type TalentLevel,
  type TalentSource,
} from '@jiandu/contracts/people';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the contract's codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const CATEGORY_EN: Record<SupervisorCategory, string> = {
  npc_deputy: "People's Congress deputy",
  cppcc_member: 'CPPCC member',
  journalist: 'Journalist',
  lawyer: 'Lawyer',
  expert: 'Expert',
  public_representative: 'Public representative',
};
const STATUS_EN: Record<SupervisorStatus, string> = {
  active: 'Serving',
  ended: 'Term ended',
  dismissed: 'Dismissed',
};
const KIND_EN: Record<ParticipationKind, string> = {
  case_review: 'Case-file review',
  campaign: 'Special supervision',
  research: 'Research',
  meeting: 'Meeting',
  complaint_review: 'Complaint follow-up',
  other: 'Other',
};
const AVAILABILITY_EN: Record<ExpertAvailability, string> = {
  available: 'Available',
  busy: 'Busy',
  unavailable: 'No longer available',
};
const SOURCE_EN: Record<TalentSource, string> = {
  training: 'Training',
  exam: 'Examination',
  competition: 'Competition',
  recommendation: 'Recommendation',
};
const LEVEL_EN: Record<TalentLevel, string> = { provincial: 'Provincial', city: 'City', county: 'County' };
const TALENT_STATUS_EN = { active: 'In pool', withdrawn: 'Withdrawn' } as const;

export const categoryLabel = (c: SupervisorCategory) => (en ? CATEGORY_EN : SUPERVISOR_CATEGORY_LABELS)[c];
export const statusLabel = (s: SupervisorStatus) => (en ? STATUS_EN : SUPERVISOR_STATUS_LABELS)[s];
export const kindLabel = (k: ParticipationKind) => (en ? KIND_EN : PARTICIPATION_KIND_LABELS)[k];
export const availabilityLabel = (a: ExpertAvailability) =>
  (en ? AVAILABILITY_EN : EXPERT_AVAILABILITY_LABELS)[a];
export const sourceLabel = (s: TalentSource) => (en ? SOURCE_EN : TALENT_SOURCE_LABELS)[s];
export const levelLabel = (l: TalentLevel) => (en ? LEVEL_EN : TALENT_LEVEL_LABELS)[l];
export const talentStatusLabel = (s: 'active' | 'withdrawn') =>
  (en ? TALENT_STATUS_EN : TALENT_STATUS_LABELS)[s];

/** Options of a code list, labelled in the current language. */
export function optionsOf<T extends string>(codes: readonly T[], label: (code: T) => string) {
  return codes.map((value) => ({ value, label: label(value) }));
}
