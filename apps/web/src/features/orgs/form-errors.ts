import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api.ts';

/** What to tell the user about a failed request: the server's Chinese `detail` when there is one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Shows the server's field errors on the form's own fields. Paths come as `body.creditCode` from
 * request validation and as `regionCode` from the service, so both forms are understood.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): void {
  if (!(error instanceof ApiError) || !error.problem.errors) return;
  const byField = new Map<string, string[]>();
  for (const e of error.problem.errors) {
    const name = e.path.replace(/^body[./]/, '').split(/[./]/)[0] ?? '';
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), e.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
}
