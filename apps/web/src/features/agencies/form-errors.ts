import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api.ts';

/** The server's Chinese explanation of a failed call, or the error's own text. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  return error instanceof Error ? error.message : String(error);
}

/** A problem path (`body.legalBases.0.law` or `legalBases.0.law`) as an antd field name. */
export function fieldName(path: string): (string | number)[] {
  return path
    .replace(/^body\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Puts field problems on the form; true when there were any. */
export function showProblems(form: FormInstance, problems: { path: string; message: string }[]): boolean {
  if (!problems.length) return false;
  form.setFields(problems.map((p) => ({ name: fieldName(p.path), errors: [p.message] })));
  return true;
}

/** Puts the server's field errors on the form; true when it sent any. */
export function showServerErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  return showProblems(form, error.problem.errors);
}
