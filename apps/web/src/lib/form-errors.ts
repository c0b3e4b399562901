import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { ApiError } from './api.ts';

/**
 * Shows the server's field errors on the form's own fields. Paths come as `body.idNumber` from
 * request validation and as `idNumber` from the service; true when at least one landed.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors) return false;
  const byField = new Map<string, string[]>();
  for (const e of error.problem.errors) {
    const name = e.path.replace(/^body[./]/, '').split(/[./]/)[0] ?? '';
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), e.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}

/**
 * A problem path (`body.content.legalBases.0.law`, `legalBases.0.law`) as an antd field name, placed
 * under `prefix` unless it already starts there (the contract's problem functions leave it out).
 */
export function problemFieldName(path: string, prefix: readonly string[] = []): (string | number)[] {
  const parts = path
    .replace(/^body[./]/, '')
    .split(/[./]/)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return prefix.length === 0 || parts[0] === prefix[0] ? parts : [...prefix, ...parts];
}

/** Puts problems (nested paths allowed) on the form's fields, under `prefix`; true when there were any. */
export function showProblems(
  form: FormInstance,
  problems: readonly { path: string; message: string }[],
  prefix: readonly string[] = [],
): boolean {
  if (!problems.length) return false;
  form.setFields(problems.map((p) => ({ name: problemFieldName(p.path, prefix), errors: [p.message] })));
  return true;
}

/** The server's Chinese explanation of a failed call, or the error's own text. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A form rule that checks a value with the contract's zod schema and shows its first (Chinese)
 * message, so the form says what the server would say. Empty values are left to `required`.
 */
export function schemaRule(schema: z.ZodType) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}
