import type { FormInstance } from 'antd';
import { ApiError } from '../../../lib/api.ts';
import { problemFieldName } from '../../../lib/form-errors.ts';

/** A field of the form, as antd names it. */
type FieldName = (string | number)[];

/**
 * Puts the server's field errors of a refused backtest (`parameters.<key>`, `regionCode`, with or
 * without `body.`) on the form field `place` names for each, skipping those it does not place; true
 * when at least one landed, so the caller can skip the general message.
 */
export function showBacktestProblems(
  form: FormInstance,
  error: unknown,
  place: (path: FieldName) => FieldName | null,
): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const placed = error.problem.errors.flatMap((e) => {
    const name = place(problemFieldName(e.path));
    return name ? [{ name, errors: [e.message] }] : [];
  });
  form.setFields(placed);
  return placed.length > 0;
}
