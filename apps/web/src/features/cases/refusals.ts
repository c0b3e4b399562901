import type { CaseRefusal } from '@jiandu/contracts/case-handling';
import { ApiError } from '../../lib/api.ts';

/**
 * The rules a refused opening, stage, document or publication broke (the 422 answer's `refusals`),
 * or null when the error is something else, so forms can list each rule with its legal basis.
 */
export function refusalsOf(error: unknown): CaseRefusal[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const refusals = (error.problem as { refusals?: unknown }).refusals;
  return Array.isArray(refusals) && refusals.length ? (refusals as CaseRefusal[]) : null;
}

/** True when someone else recorded a stage since the case was loaded (the page must be refreshed). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
