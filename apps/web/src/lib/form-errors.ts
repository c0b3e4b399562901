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
