import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api.ts';

/**
 * Puts the server's field errors (`body.party.idNumber`, `decision.penalties.0.amount`) on the form
 * items that hold them: `nested` roots keep their path, others land on the root field. True when at
 * least one landed; otherwise the caller shows the error above the form.
 */
export function showCaseProblems(
  form: FormInstance,
  error: unknown,
  roots: readonly string[],
  nested: readonly string[] = [],
): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const fields = error.problem.errors.flatMap((e) => {
    const parts = e.path
      .replace(/^body[./]/, '')
      .split(/[./]/)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const root = String(parts[0] ?? '');
    if (!roots.includes(root)) return [];
    return [{ name: nested.includes(root) ? parts : [root], errors: [e.message] }];
  });
  form.setFields(fields);
  return fields.length > 0;
}
