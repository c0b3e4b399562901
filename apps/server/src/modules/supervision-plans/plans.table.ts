import type { CampaignStatus, FindingResult } from '@jiandu/contracts/campaigns';
import type { EnforcementField } from '@jiandu/contracts/fields';
import type { MatterTrack } from '@jiandu/contracts/matter-labels';
import type { PlanStatus, TaskStatus } from '@jiandu/contracts/supervision-plans';

/** A bureau's supervision plan for one year. */
export interface SupervisionPlanTable {
  id: string;
  org_id: string;
  year: number;
  title: string;
  summary: string;
  status: PlanStatus;
  published_on: string | null;
  midyear_on: string | null;
  midyear_note: string | null;
  concluded_on: string | null;
  conclusion: string | null;
  report_pdf_sha256: string | null;
  report_docx_sha256: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** One task of a plan. */
export interface PlanTaskTable {
  id: string;
  plan_id: string;
  seq: number;
  title: string;
  description: string;
  track: MatterTrack;
  field: EnforcementField | null;
  target: string;
  start_on: string;
  end_on: string;
  responsible: string;
  status: TaskStatus;
  progress_note: string | null;
  done_on: string | null;
}

/** A campaign (专项监督). */
export interface CampaignTable {
  id: string;
  org_id: string;
  plan_task_id: string | null;
  title: string;
  field: EnforcementField;
  region_code: string;
  period_from: string;
  period_to: string;
  description: string;
  /** JSON array of {code, text}. */
  checklist: string;
  status: CampaignStatus;
  conclusion: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignTargetTable {
  campaign_id: string;
  agency_org_id: string;
}

/** The result of one checklist item at one agency. */
export interface CampaignFindingTable {
  id: string;
  campaign_id: string;
  agency_org_id: string;
  item_code: string;
  result: FindingResult;
  note: string;
  matter_id: string | null;
  recorded_by: string;
  recorded_on: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    supervision_plan: SupervisionPlanTable;
    plan_task: PlanTaskTable;
    campaign: CampaignTable;
    campaign_target: CampaignTargetTable;
    campaign_finding: CampaignFindingTable;
  }
}
