import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api.ts';
import { showProblems } from '../../lib/form-errors.ts';

/**
 * Puts the server's field errors on the form's own fields (nested ones such as `checklist.0.code`
 * on that row); true when at least one landed, otherwise the caller shows the server's detail.
 */
export function showFormProblems(form: FormInstance, error: unknown, roots: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const problems = (error.problem.errors ?? []).filter((p) =>
    roots.includes(p.path.replace(/^body[./]/, '').split(/[./]/)[0] ?? ''),
  );
  return showProblems(form, problems);
}
