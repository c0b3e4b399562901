import type {
  MatterMode,
  MatterOrigin,
  MatterScope,
  MatterStatus,
  MatterTrack,
  NoticeKind,
} from '@jiandu/contracts/matter-labels';
import type { MatterEventKind, NoticeStatus, ResponseKind } from '@jiandu/contracts/matters';

/** A supervision matter about one agency. */
export interface MatterTable {
  id: string;
  number: string;
  org_id: string;
  agency_org_id: string;
  region_code: string;
  title: string;
  scope: MatterScope;
  mode: MatterMode;
  track: MatterTrack;
  origin: MatterOrigin;
  origin_ref: string | null;
  /** JSON array of problem codes. */
  problems: string;
  description: string;
  status: MatterStatus;
  due_on: string | null;
  opened_on: string;
  opened_by: string;
  closed_on: string | null;
  conclusion: string | null;
  year: number;
  seq: number;
  created_at: string;
  updated_at: string;
}

export interface MatterCaseTable {
  matter_id: string;
  case_id: string;
}

export interface MatterWarningTable {
  matter_id: string;
  warning_id: string;
}

/** A supervisor with a 监督证 assigned to investigate. */
export interface MatterSupervisorTable {
  matter_id: string;
  officer_id: string;
  name: string;
  certificate_number: string;
  assigned_on: string;
}

/** An investigation record (调查记录) with its evidence. */
export interface MatterRecordTable {
  id: string;
  matter_id: string;
  kind: string;
  happened_on: string;
  content: string;
  /** JSON array of attachments. */
  attachments: string;
  /** JSON array of names. */
  participants: string;
  created_by: string;
  created_at: string;
}

/** A supervision document issued to the agency. */
export interface SupervisionNoticeTable {
  id: string;
  matter_id: string;
  org_id: string;
  agency_org_id: string;
  kind: NoticeKind;
  year: number;
  seq: number;
  number: string;
  findings: string;
  requirements: string;
  basis: string;
  issued_on: string;
  issued_by: string;
  due_on: string;
  due_rule: string;
  objection_until: string;
  status: NoticeStatus;
  read_at: string | null;
  read_by: string | null;
  pdf_sha256: string;
  docx_sha256: string;
  reminded_step: number;
  created_at: string;
}

/** The agency's plan, progress or completion report, and the verdict on a report. */
export interface NoticeResponseTable {
  id: string;
  notice_id: string;
  kind: ResponseKind;
  content: string;
  attachments: string;
  submitted_at: string;
  submitted_by: string;
  verdict: 'accepted' | 'returned' | null;
  verdict_note: string | null;
  verdict_at: string | null;
  verdict_by: string | null;
}

/** An objection to a notice (申请复查) and its decision. */
export interface NoticeObjectionTable {
  id: string;
  notice_id: string;
  grounds: string;
  filed_on: string;
  filed_by: string;
  decide_by: string;
  decision: 'upheld' | 'rejected' | null;
  decision_reason: string | null;
  decided_on: string | null;
  decided_by: string | null;
}

/** One line of a matter's history. */
export interface MatterEventTable {
  id: string;
  matter_id: string;
  notice_id: string | null;
  kind: MatterEventKind;
  at: string;
  actor_id: string | null;
  actor_name: string;
  note: string | null;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    matter: MatterTable;
    matter_case: MatterCaseTable;
    matter_warning: MatterWarningTable;
    matter_supervisor: MatterSupervisorTable;
    matter_record: MatterRecordTable;
    supervision_notice: SupervisionNoticeTable;
    notice_response: NoticeResponseTable;
    notice_objection: NoticeObjectionTable;
    matter_event: MatterEventTable;
  }
}
