import type { FormInstance } from 'antd';
import { ApiError } from './api.ts';

/** The server's Chinese explanation of a failed call, or the error's own text. */
export function problemText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Puts the server's field errors on the form's fields; true when at least one landed, so the caller
 * can skip the general message.
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const known = new Set(Object.keys(form.getFieldsValue()));
  const fields = error.problem.errors
    .filter((e) => known.has(e.path))
    .map((e) => ({ name: e.path, errors: [e.message] }));
  form.setFields(fields);
  return fields.length > 0;
}
