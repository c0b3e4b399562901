import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api.ts';
import { showProblems } from '../../lib/form-errors.ts';

/** Puts the server's field errors (nested paths such as `legalBases.0.law`) on the form; true when it sent any. */
export function showServerErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  return showProblems(form, error.problem.errors);
}
