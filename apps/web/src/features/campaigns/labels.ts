import {
  CAMPAIGN_STATUS_LABELS,
  type CampaignStatus,
  FINDING_RESULT_LABELS,
  type FindingResult,
} from '@jiandu/contracts/campaigns';
import {
  MATTER_MODE_LABELS,
  MATTER_PROBLEM_LABELS,
  MATTER_PROBLEMS,
  type MatterMode,
  type MatterProblem,
} from '@jiandu/contracts/matter-labels';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the campaign codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const STATUS_EN: Record<CampaignStatus, string> = {
  planned: 'In preparation',
  active: 'Under way',
  finished: 'Finished',
};
const RESULT_EN: Record<FindingResult, string> = { compliant: 'Compliant', problem: 'Problem found' };
const MODE_EN: Record<MatterMode, string> = { binding: 'Binding', advisory: 'Advisory' };
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

/** Tag colours of a campaign's status. */
export const CAMPAIGN_STATUS_COLOURS: Record<CampaignStatus, string> = {
  planned: 'default',
  active: 'blue',
  finished: 'green',
};

export const campaignStatusLabel = (s: CampaignStatus) => (en ? STATUS_EN[s] : CAMPAIGN_STATUS_LABELS[s]);
export const resultLabel = (r: FindingResult) => (en ? RESULT_EN[r] : FINDING_RESULT_LABELS[r]);
export const modeLabel = (m: MatterMode) => (en ? MODE_EN[m] : MATTER_MODE_LABELS[m]);

/** The problem types as select options, in the contract's order. */
export const PROBLEM_OPTIONS = MATTER_PROBLEMS.map((p) => ({
  value: p,
  label: en ? PROBLEM_EN[p] : MATTER_PROBLEM_LABELS[p],
}));
