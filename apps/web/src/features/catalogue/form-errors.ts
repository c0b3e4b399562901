import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';

/** A problem path (`body.content.legalBases.0.law`, `legalBases.0.law`) as an antd field name. */
export function fieldName(path: string, prefix: readonly string[] = []): (string | number)[] {
  const parts = path
    .replace(/^body[./]/, '')
    .split(/[./]/)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return parts[0] === prefix[0] ? parts : [...prefix, ...parts];
}

/**
 * Puts content problems (from the contract's `itemProblems` / `benchmarkProblems`, whose paths are
 * relative to the content) on the form's `content.*` fields; true when there were any.
 */
export function showProblems(form: FormInstance, problems: { path: string; message: string }[]): boolean {
  if (!problems.length) return false;
  form.setFields(problems.map((p) => ({ name: fieldName(p.path, ['content']), errors: [p.message] })));
  return true;
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
  const nested = error.problem.errors.filter((e) => !topLevel.includes(String(fieldName(e.path)[0])));
  form.setFields(nested.map((e) => ({ name: fieldName(e.path, ['content']), errors: [e.message] })));
  return nested.length > 0 || landed;
}
