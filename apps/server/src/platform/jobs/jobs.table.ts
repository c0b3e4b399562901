/** A schedulable unit: a recurring job (cron) or a one-off job, with the lease that makes it run on one node. */
export interface JobTable {
  key: string;
  handler: string;
  kind: 'recurring' | 'once';
  cron: string | null;
  run_at: string;
  state: 'scheduled' | 'done' | 'failed';
  payload: string;
  attempts: number;
  max_attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
}

/** One execution of a job on one node, kept so operators can see what ran, how long, and how it ended. */
export interface JobRunTable {
  id: string;
  job_key: string;
  handler: string;
  node_id: string;
  attempt: number;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  outcome: 'running' | 'succeeded' | 'failed' | 'abandoned';
  result: string | null;
  error: string | null;
}

declare module '../db/tables.ts' {
  interface Database {
    job: JobTable;
    job_run: JobRunTable;
  }
}
