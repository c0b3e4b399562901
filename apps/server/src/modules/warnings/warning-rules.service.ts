import {
  PARAMETER_UNIT_LABELS,
  RULE_DEFINITIONS,
  RULES_BY_CODE,
  type RuleCode,
} from '@jiandu/contracts/warning-rules';
import type {
  ResolvedParametersQuery,
  RuleParameterInput,
  RuleParameterOverride,
  RuleQuality,
  RuleQualityQuery,
  WarningRule,
} from '@jiandu/contracts/warnings';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { isValidDate, todayInShanghai } from '../../platform/calendar/dates.ts';
import { regionPrefix } from '../../platform/db/search.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { RegionService } from '../regions/regions.service.ts';
import type { ParameterResolver, ParameterValues } from './parameter-resolution.ts';
import { parameterProblems } from './parameter-validation.ts';
import * as parameters from './rule-parameters.repository.ts';
import { actorLabel } from './warnings.policy.ts';
import { presentOverride } from './warnings.presenter.ts';
import { ruleQuality } from './warnings.repository.ts';
import type { RuleParameterTable } from './warnings.table.ts';

const slotOf = (row: Pick<RuleParameterTable, 'rule_code' | 'key' | 'region_code' | 'field'>) =>
  `${row.rule_code}|${row.key}|${row.region_code ?? ''}|${row.field ?? ''}`;

/** Later effective day first, then the later entry: the row that holds in its slot. */
const later = (a: RuleParameterTable, b: RuleParameterTable) =>
  b.effective_from.localeCompare(a.effective_from) || b.created_at.localeCompare(a.created_at);

/** Per slot, the row in force today (withdrawals hide the slot), and the rows still to come. */
function standing(rows: readonly RuleParameterTable[], today: string) {
  const inForce = new Map<string, RuleParameterTable>();
  for (const row of [...rows].sort(later))
    if (row.effective_from <= today && !inForce.has(slotOf(row))) inForce.set(slotOf(row), row);
  return {
    overrides: [...inForce.values()]
      .filter((r) => r.value !== null)
      .sort((a, b) => slotOf(a).localeCompare(slotOf(b))),
    upcoming: rows
      .filter((r) => r.effective_from > today)
      .sort(
        (a, b) =>
          a.effective_from.localeCompare(b.effective_from) || a.created_at.localeCompare(b.created_at),
      ),
  };
}

/**
 * The warning rules as administrators see them: definitions with the spec's defaults, the values set
 * per region and enforcement field (effective-dated, audited), and each rule's quality.
 */
export class WarningRuleService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    private readonly regions: RegionService,
  ) {}

  /** Every rule with its parameters, the values in force today and those still to come. */
  async rules(today = todayInShanghai()): Promise<WarningRule[]> {
    const rows = await parameters.listParameters(this.db);
    return RULE_DEFINITIONS.map((rule) => {
      const { overrides, upcoming } = standing(
        rows.filter((r) => r.rule_code === rule.code),
        today,
      );
      return {
        code: rule.code,
        name: rule.name,
        scope: rule.scope,
        severity: rule.severity,
        basis: rule.basis,
        active: rule.active,
        parameters: rule.parameters.map((p) => ({ ...p, unitLabel: PARAMETER_UNIT_LABELS[p.unit] })),
        overrides: overrides.map(presentOverride),
        upcoming: upcoming.map(presentOverride),
      };
    });
  }

  /** Every value ever set for a rule, newest entry first. */
  async history(code: RuleCode): Promise<RuleParameterOverride[]> {
    return (await parameters.listParameters(this.db, code)).map(presentOverride);
  }

  /** The values that apply to a rule for a region and field on a day (today by default). */
  async resolve(code: RuleCode, query: ResolvedParametersQuery): Promise<ParameterValues> {
    return parameters.parametersFor(this.db, code, {
      regionCode: query.regionCode,
      field: query.field ?? null,
      day: query.day ?? todayInShanghai(),
    });
  }

  /** A synchronous resolver over every stored value, for a whole evaluation run. */
  loadResolver(): Promise<ParameterResolver> {
    return parameters.loadParameterResolver(this.db);
  }

  /**
   * Sets a rule's parameter for a region (and its subregions) and field from a day on, or withdraws
   * the setting there (value null) so the broader one applies again. Checked against the rule's
   * range and the user's region, stored as a new row, and audited with the value it replaces.
   */
  async setParameter(
    actor: UserActor,
    code: RuleCode,
    input: RuleParameterInput,
  ): Promise<RuleParameterOverride> {
    const rule = RULES_BY_CODE[code];
    const problems = parameterProblems(rule, input.key, input.value);
    if (!isValidDate(input.effectiveFrom))
      problems.push({ path: 'effectiveFrom', message: `生效日期 ${input.effectiveFrom} 不是有效日期` });
    if (input.regionCode && !(await this.regions.find(input.regionCode)))
      problems.push({ path: 'regionCode', message: `行政区划代码 ${input.regionCode} 不存在` });
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { errors: problems });
    if (!(await this.#mayConfigure(actor, input.regionCode)))
      throw new AppError(
        'FORBIDDEN',
        input.regionCode
          ? `行政区划 ${input.regionCode} 不在您的数据范围内, 不能设置其预警参数`
          : '只有数据范围为全部的用户可以设置适用于所有地区的预警参数',
      );
    const slot = { rule_code: code, key: input.key, region_code: input.regionCode, field: input.field };
    const before = (await parameters.listParameters(this.db, code))
      .filter((r) => slotOf(r) === slotOf(slot) && r.effective_from <= input.effectiveFrom)
      .sort(later)[0];
    if (input.value === null && (!before || before.value === null))
      throw new AppError('CONFLICT', '该地区和执法领域在此日期没有生效的设置, 无需撤销');
    const row: RuleParameterTable = {
      id: newId(),
      ...slot,
      value: input.value,
      effective_from: input.effectiveFrom,
      reason: input.reason,
      created_by: actorLabel(actor),
      created_at: new Date().toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      await parameters.insertParameter(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: input.value === null ? 'warning_rule.parameter_withdraw' : 'warning_rule.parameter_set',
        targetType: 'warning_rule',
        targetId: code,
        detail: {
          key: input.key,
          regionCode: input.regionCode,
          field: input.field,
          effectiveFrom: input.effectiveFrom,
          before: before?.value ?? null,
          after: input.value,
          reason: input.reason,
        },
      });
    });
    return presentOverride(row);
  }

  /** Per rule, how many warnings the user's scope saw fire and what share were false positives. */
  async quality(actor: UserActor, period: RuleQualityQuery): Promise<RuleQuality[]> {
    const counts = await ruleQuality(this.db, scopesFor(actor, 'warning.read'), period);
    return RULE_DEFINITIONS.map((rule) => {
      const c = counts.get(rule.code) ?? {};
      const fired = c.fired ?? 0;
      const falsePositive = c.false_positive ?? 0;
      return {
        ruleCode: rule.code,
        ruleName: rule.name,
        fired,
        open: c.open ?? 0,
        acknowledged: c.acknowledged ?? 0,
        matter: c.matter ?? 0,
        dismissed: c.dismissed ?? 0,
        resolved: c.resolved ?? 0,
        falsePositive,
        justified: c.justified ?? 0,
        falsePositiveShare: fired ? falsePositive / fired : null,
      };
    });
  }

  /**
   * True when the user's rule.configure grant covers the region: everywhere for an `all` grant, a
   * region grant over it, or an org grant whose org sits in a region containing it. Settings for
   * every region need an `all` grant.
   */
  /**
   * The region a backtest may cover for this user: its examples name cases and agencies, so it stays
   * within the user's data scope. Without a region it covers everything for a user whose scope is
   * everything, and the user's own org's region otherwise; a region outside the scope is refused.
   */
  async backtestRegion(actor: UserActor, regionCode: string | null): Promise<string | null> {
    if (regionCode === null && !(await this.#mayConfigure(actor, null))) {
      const own = (await this.orgs.findById(actor.orgId))?.region_code ?? null;
      if (own && (await this.#mayConfigure(actor, own))) return own;
    }
    if (regionCode !== null && (await this.#mayConfigure(actor, regionCode))) return regionCode;
    if (regionCode === null && (await this.#mayConfigure(actor, null))) return null;
    throw new AppError(
      'FORBIDDEN',
      regionCode
        ? `行政区划 ${regionCode} 不在您的数据范围内, 不能对其案件回测`
        : '您的数据范围不足以回测, 请选择数据范围内的行政区划',
    );
  }

  async #mayConfigure(actor: UserActor, regionCode: string | null): Promise<boolean> {
    const scopes = scopesFor(actor, 'rule.configure');
    if (scopes.some((s) => s.kind === 'all')) return true;
    if (regionCode === null) return false;
    const prefix = regionPrefix(regionCode);
    if (scopes.some((s) => s.kind === 'region_subtree' && prefix.startsWith(s.regionPrefix))) return true;
    if (!scopes.some((s) => s.kind === 'own_org' || s.kind === 'org_subtree')) return false;
    const org = await this.orgs.findById(actor.orgId);
    return org !== undefined && prefix.startsWith(regionPrefix(org.region_code));
  }
}
