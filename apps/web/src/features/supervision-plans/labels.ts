import {
  MATTER_MODE_LABELS,
  MATTER_ORIGIN_LABELS,
  MATTER_PROBLEM_LABELS,
  MATTER_PROBLEMS,
  MATTER_TRACK_LABELS,
  type MatterMode,
  type MatterProblem,
  type MatterTrack,
  NOTICE_KIND_LABELS,
} from '@jiandu/contracts/matter-labels';
import {
  PLAN_STATUS_LABELS,
  type PlanStatus,
  TASK_STATUS_LABELS,
  type TaskStatus,
} from '@jiandu/contracts/supervision-plans';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the plan codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const PLAN_STATUS_EN: Record<PlanStatus, string> = {
  draft: 'Draft',
  published: 'Issued',
  reviewed: 'Checked mid-year',
  concluded: 'Summed up',
};
const TASK_STATUS_EN: Record<TaskStatus, string> = {
  planned: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
const TRACK_EN: Record<MatterTrack, string> = {
  routine: 'Routine supervision',
  focused: 'Focused supervision',
  campaign: 'Campaign',
};
const MODE_EN: Record<MatterMode, string> = { binding: 'Binding', advisory: 'Advisory' };
const ORIGIN_EN: Record<string, string> = {
  warning: 'Warning',
  complaint: 'Complaint',
  plan_task: 'Plan task',
  campaign: 'Campaign finding',
  case_review: 'Case file review',
  manual: 'Opened directly',
};
const PROBLEM_EN: Record<MatterProblem, string> = {
  unfiled_case: 'Case not filed',
  buck_passing: 'Passing the buck',
  fine_instead_of_regulation: 'Fining instead of regulating',
  out_of_area: 'Enforcing out of area',
  profit_driven: 'Profit-driven enforcement',
  arbitrary_fees: 'Arbitrary fees',
  arbitrary_fines: 'Arbitrary fines',
  arbitrary_inspection: 'Arbitrary inspections',
  arbitrary_seizure: 'Arbitrary seizures',
  qualification: 'Agency or officer qualification',
  three_systems: 'Three systems',
  discretion: 'Discretion benchmarks',
  inspection_frequency: 'Inspection frequency',
  procedure: 'Procedure',
  case_quality: 'Case file quality',
  other: 'Other',
};
const NOTICE_KIND_EN: Record<string, string> = {
  notification: 'Supervision notification',
  recommendation: 'Supervision recommendation',
  opinion: 'Supervision opinion',
  decision: 'Supervision decision',
};

/** Tag colours of the plan's stages: a draft is grey, issued blue, checked gold, summed up green. */
export const PLAN_STATUS_COLOURS: Record<PlanStatus, string> = {
  draft: 'default',
  published: 'blue',
  reviewed: 'gold',
  concluded: 'green',
};

/** Tag colours of a task's status. */
export const TASK_STATUS_COLOURS: Record<TaskStatus, string> = {
  planned: 'default',
  in_progress: 'blue',
  done: 'green',
  dropped: 'default',
};

export const planStatusLabel = (s: PlanStatus) => (en ? PLAN_STATUS_EN[s] : PLAN_STATUS_LABELS[s]);
export const taskStatusLabel = (s: TaskStatus) => (en ? TASK_STATUS_EN[s] : TASK_STATUS_LABELS[s]);
export const trackLabel = (s: MatterTrack) => (en ? TRACK_EN[s] : MATTER_TRACK_LABELS[s]);
export const modeLabel = (s: MatterMode) => (en ? MODE_EN[s] : MATTER_MODE_LABELS[s]);

/** A matter problem code's label; an unknown code shows as it is. */
export function problemLabel(code: string): string {
  if (!(code in MATTER_PROBLEM_LABELS)) return code;
  const p = code as MatterProblem;
  return en ? PROBLEM_EN[p] : MATTER_PROBLEM_LABELS[p];
}

/** A matter origin code's label; an unknown code shows as it is. */
export function originLabel(code: string): string {
  const zh = (MATTER_ORIGIN_LABELS as Record<string, string>)[code];
  return (en ? ORIGIN_EN[code] : zh) ?? code;
}

/** A notice kind's label; an unknown code shows as it is. */
export function noticeKindLabel(code: string): string {
  const zh = (NOTICE_KIND_LABELS as Record<string, string>)[code];
  return (en ? NOTICE_KIND_EN[code] : zh) ?? code;
}

/** The problem types as select options, in the contract's order. */
export const PROBLEM_OPTIONS = MATTER_PROBLEMS.map((p) => ({ value: p, label: problemLabel(p) }));
