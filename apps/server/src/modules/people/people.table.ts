import type {
  ExpertAvailability,
  ParticipationKind,
  SupervisorCategory,
  SupervisorStatus,
  TalentLevel,
  TalentSource,
} from '@jiandu/contracts/people';

/** Age limits a region set for invited supervisors; regions below inherit them. */
export interface SupervisorAgeLimitTable {
  region_code: string;
  min_age: number;
  max_age: number;
  updated_at: string;
  updated_by: string;
}

/** One appointment of an invited supervisor (特邀行政执法监督员) for one term; ID number and phone encrypted. */
export interface InvitedSupervisorTable {
  id: string;
  org_id: string;
  name: string;
  gender: 'male' | 'female';
  id_number_enc: string;
  id_number_index: string;
  phone_enc: string | null;
  category: SupervisorCategory;
  employer: string;
  title: string | null;
  term_number: number;
  term_start: string;
  term_end: string;
  appointment_number: string | null;
  status: SupervisorStatus;
  status_date: string | null;
  status_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** One activity an invited supervisor took part in. */
export interface SupervisorParticipationTable {
  id: string;
  supervisor_id: string;
  date: string;
  kind: ParticipationKind;
  description: string;
  hours: number | null;
  created_at: string;
  created_by: string;
}

/** An expert of the pool (专家库), kept by a supervisor org. */
export interface ExpertTable {
  id: string;
  org_id: string;
  name: string;
  id_number_enc: string | null;
  id_number_index: string | null;
  phone_enc: string | null;
  employer: string;
  title: string | null;
  /** JSON array of enforcement field codes. */
  fields: string;
  specialty: string | null;
  availability: ExpertAvailability;
  busy_until: string | null;
  created_at: string;
  updated_at: string;
}

/** An org an expert must not review, from a date (回避). */
export interface ExpertConflictTable {
  id: string;
  expert_id: string;
  org_id: string;
  reason: string;
  since: string;
  created_at: string;
}

/** A talent pool entry (人才库). */
export interface TalentTable {
  id: string;
  org_id: string;
  name: string;
  /** JSON array of enforcement field codes. */
  fields: string;
  skills: string;
  source: TalentSource;
  level: TalentLevel;
  entry_date: string;
  status: 'active' | 'withdrawn';
  note: string | null;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    supervisor_age_limit: SupervisorAgeLimitTable;
    invited_supervisor: InvitedSupervisorTable;
    supervisor_participation: SupervisorParticipationTable;
    expert: ExpertTable;
    expert_conflict: ExpertConflictTable;
    talent: TalentTable;
  }
}
