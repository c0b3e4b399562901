import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api.ts';
import { applyFieldErrors, problemFieldName, showProblems } from '../../lib/form-errors.ts';

/**
 * Puts content problems (from the contract's `itemProblems` / `benchmarkProblems`, whose paths are
 * relative to the content) on the form's `content.*` fields; true when there were any.
 */
export function showContentProblems(
  form: FormInstance,
  problems: { path: string; message: string }[],
): boolean {
  return showProblems(form, problems, ['content']);
}

/**
 * Puts the server's field errors on the form: the top-level ones (agency, code, reason) through the
 * shared helper, every other path on the `content.*` field it names (the service may leave out the
 * `content.` prefix, as the contract's problem functions do); true when it sent any.
 */
export function showServerErrors(
  form: FormInstance,
  error: unknown,
  topLevel: readonly string[] = [],
): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const landed = applyFieldErrors(form, error, topLevel);
  const nested = error.problem.errors.filter((e) => !topLevel.includes(String(problemFieldName(e.path)[0])));
  showProblems(form, nested, ['content']);
  return nested.length > 0 || landed;
}
