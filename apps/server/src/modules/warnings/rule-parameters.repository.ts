import type { RuleCode } from '@jiandu/contracts/warning-rules';
import type { Insertable } from 'kysely';
import type { Db } from '../../platform/db/tables.ts';
import {
  compileResolver,
  type ParameterContext,
  type ParameterResolver,
  type ParameterValues,
  type StoredParameter,
} from './parameter-resolution.ts';
import type { RuleParameterTable } from './warnings.table.ts';

function stored(row: RuleParameterTable): StoredParameter {
  return {
    ruleCode: row.rule_code,
    key: row.key,
    regionCode: row.region_code,
    field: row.field,
    value: row.value === null ? null : Number(row.value),
    effectiveFrom: row.effective_from,
    createdAt: row.created_at,
  };
}

/** Stores one parameter value (rows are never changed: a new value is a new row). */
export async function insertParameter(db: Db, row: Insertable<RuleParameterTable>): Promise<void> {
  await db.insertInto('rule_parameter').values(row).execute();
}

/** Every stored value of one rule, or of all rules, newest entry first. */
export function listParameters(db: Db, ruleCode?: RuleCode): Promise<RuleParameterTable[]> {
  let query = db.selectFrom('rule_parameter').selectAll();
  if (ruleCode) query = query.where('rule_code', '=', ruleCode);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/**
 * Reads every stored value once and returns a synchronous resolver over them: what the evaluation
 * runner calls per case and rule. Load it again to see values stored after it was built.
 */
export async function loadParameterResolver(db: Db): Promise<ParameterResolver> {
  return compileResolver((await listParameters(db)).map(stored));
}

/**
 * The values of one rule for a region and field on a day: the most specific region (county before
 * city before province before everywhere), then a named field before all fields, then the latest
 * effective day on or before `day`; the spec's default where nothing is set.
 */
export async function parametersFor(
  db: Db,
  ruleCode: RuleCode,
  context: ParameterContext,
): Promise<ParameterValues> {
  const rows = await db
    .selectFrom('rule_parameter')
    .selectAll()
    .where('rule_code', '=', ruleCode)
    .where('effective_from', '<=', context.day)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return compileResolver(rows.map(stored))(ruleCode, context);
}
