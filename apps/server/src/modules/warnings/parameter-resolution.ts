import type { EnforcementField } from '@jiandu/contracts/fields';
import { defaultParameters, RULE_CODES, RULES_BY_CODE, type RuleCode } from '@jiandu/contracts/warning-rules';
import { regionPrefix } from '../../platform/db/search.ts';

/** A rule's parameter values, key → number; shared and frozen, so callers must not change them. */
export type ParameterValues = Readonly<Record<string, number>>;

/** Where and when parameters are asked for: the case's region and field, and the day judged. */
export interface ParameterContext {
  regionCode: string;
  field?: EnforcementField | null;
  /** YYYY-MM-DD. */
  day: string;
}

/** A stored parameter value as the resolution reads it. */
export interface StoredParameter {
  ruleCode: RuleCode;
  key: string;
  regionCode: string | null;
  field: EnforcementField | null;
  value: number | null;
  effectiveFrom: string;
  createdAt: string;
}

/** Answers which parameter values apply to a rule in a context; synchronous, for bulk evaluation. */
export type ParameterResolver = (ruleCode: RuleCode, context: ParameterContext) => ParameterValues;

const DEFAULTS = Object.fromEntries(
  RULE_CODES.map((code) => [code, Object.freeze(defaultParameters(code))]),
) as Record<RuleCode, ParameterValues>;

/** The spec's defaults of a rule, as one shared frozen object. */
export function defaultsOf(ruleCode: RuleCode): ParameterValues {
  return DEFAULTS[ruleCode];
}

/** A row's slot rank: a deeper region beats a broader one, then a named field beats all fields. */
function rank(row: StoredParameter): number {
  return (row.regionCode === null ? 0 : regionPrefix(row.regionCode).length) * 2 + (row.field ? 1 : 0);
}

function applies(row: StoredParameter, regionCode: string, field: EnforcementField | null): boolean {
  if (row.field !== null && row.field !== field) return false;
  return row.regionCode === null || regionCode.startsWith(regionPrefix(row.regionCode));
}

/** Most specific slot first; within a slot the latest effective day, then the latest entry. */
function bySpecificity(a: StoredParameter, b: StoredParameter): number {
  return (
    rank(b) - rank(a) ||
    (a.regionCode ?? '').localeCompare(b.regionCode ?? '') ||
    (a.field ?? '').localeCompare(b.field ?? '') ||
    b.effectiveFrom.localeCompare(a.effectiveFrom) ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

/**
 * The value of one key on a day from rows already applicable and sorted by specificity: in the most
 * specific slot holding a row in force that day, that row's value; a withdrawn value (null) passes
 * the question on to the broader slots; undefined when no slot answers.
 */
function valueOn(rows: readonly StoredParameter[], day: string): number | undefined {
  let skipSlot: string | null = null;
  for (const row of rows) {
    const slot = `${row.regionCode ?? ''}|${row.field ?? ''}`;
    if (slot === skipSlot || row.effectiveFrom > day) continue;
    if (row.value !== null) return row.value;
    skipSlot = slot;
  }
  return undefined;
}

/** Resolves one rule's values on a day from the rows applicable to the context. */
function resolveRows(ruleCode: RuleCode, rows: readonly StoredParameter[], day: string): ParameterValues {
  const defaults = DEFAULTS[ruleCode];
  let out: Record<string, number> | null = null;
  for (const definition of RULES_BY_CODE[ruleCode].parameters) {
    const value = valueOn(
      rows.filter((r) => r.key === definition.key),
      day,
    );
    if (value === undefined || value === defaults[definition.key]) continue;
    out ??= { ...defaults };
    out[definition.key] = value;
  }
  return out ? Object.freeze(out) : defaults;
}

/** The values for each stretch of days between the applicable rows' effective days. */
interface Plan {
  /** Sorted distinct effective days; stretch i starts at days[i - 1]. */
  days: string[];
  values: ParameterValues[];
}

function plan(ruleCode: RuleCode, rows: readonly StoredParameter[]): Plan {
  const sorted = [...rows].sort(bySpecificity);
  const days = [...new Set(sorted.map((r) => r.effectiveFrom))].sort();
  const values = [resolveRows(ruleCode, [], '')];
  for (const day of days) values.push(resolveRows(ruleCode, sorted, day));
  return { days, values };
}

/** How many of the sorted days are on or before `day` (binary search). */
function stretchOf(days: readonly string[], day: string): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Builds a resolver over the stored rows. A rule nobody changed answers with its shared defaults at
 * once; otherwise each (region, field) pair is planned once into stretches of days with fixed values,
 * so each later call is a map lookup and a binary search: a full evaluation asks a million times.
 */
export function compileResolver(stored: readonly StoredParameter[]): ParameterResolver {
  const byRule = new Map<RuleCode, StoredParameter[]>();
  for (const row of stored) {
    if (!RULES_BY_CODE[row.ruleCode]?.parameters.some((p) => p.key === row.key)) continue;
    const list = byRule.get(row.ruleCode) ?? [];
    list.push(row);
    byRule.set(row.ruleCode, list);
  }
  const plans = new Map<RuleCode, Map<string, Plan>>();
  return (ruleCode, { regionCode, field = null, day }) => {
    const rows = byRule.get(ruleCode);
    if (!rows) return DEFAULTS[ruleCode];
    let perRule = plans.get(ruleCode);
    if (!perRule) {
      perRule = new Map();
      plans.set(ruleCode, perRule);
    }
    const slot = `${regionCode}|${field ?? ''}`;
    let found = perRule.get(slot);
    if (!found) {
      found = plan(
        ruleCode,
        rows.filter((r) => applies(r, regionCode, field)),
      );
      perRule.set(slot, found);
    }
    return found.values[stretchOf(found.days, day)]!;
  };
}
