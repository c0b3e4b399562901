import type { CaseWarningRef } from '@jiandu/contracts/exchange';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import {
  RULE_DEFINITIONS,
  SEVERITIES,
  SEVERITY_LABELS,
  WARNING_STATUS_LABELS,
  WARNING_STATUSES,
} from '@jiandu/contracts/warning-rules';
import type {
  WarningAcknowledgeMany,
  WarningBulkResult,
  WarningContest,
  WarningCounts,
  WarningDetail,
  WarningDismiss,
  WarningListQuery,
  WarningSummary,
} from '@jiandu/contracts/warnings';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { ACTIONS, actorLabel, reaches, refusal, type WarningAction } from './warnings.policy.ts';
import { presentDetail, presentSummary } from './warnings.presenter.ts';
import * as repo from './warnings.repository.ts';
import type { WarningTable } from './warnings.table.ts';

/** Most rows one export may hold. */
export const WARNING_EXPORT_LIMIT = 20_000;

const NOT_FOUND = '预警不存在或不在您的数据范围内';

/**
 * The warning centre and the lifecycle of a warning: supervisors read, acknowledge and dismiss the
 * warnings of their scope; agencies read and contest their own. Every action is audited and kept
 * in the warning's history; warnings are never deleted.
 */
export class WarningService {
  constructor(private readonly db: Db) {}

  /** One page of the warnings the user may see. */
  async list(actor: UserActor, filter: WarningListQuery, page: PageQuery): Promise<Page<WarningSummary>> {
    const { total, rows } = await repo.listWarnings(this.db, scopesFor(actor, 'warning.read'), filter, page);
    return { items: rows.map(presentSummary), total, page: page.page, pageSize: page.pageSize };
  }

  /** How many warnings match, by rule, severity and status (every rule, severity and status listed). */
  async counts(actor: UserActor, filter: WarningListQuery): Promise<WarningCounts> {
    const scopes = scopesFor(actor, 'warning.read');
    const [byRule, bySeverity, byStatus] = await Promise.all(
      (['rule_code', 'severity', 'status'] as const).map((column) =>
        repo.countBy(this.db, scopes, filter, column),
      ),
    );
    let total = 0;
    for (const n of byStatus!.values()) total += n;
    return {
      total,
      byRule: RULE_DEFINITIONS.map((r) => ({
        value: r.code,
        label: r.name,
        count: byRule!.get(r.code) ?? 0,
      })),
      bySeverity: SEVERITIES.map((s) => ({
        value: s,
        label: SEVERITY_LABELS[s],
        count: bySeverity!.get(s) ?? 0,
      })),
      byStatus: WARNING_STATUSES.map((s) => ({
        value: s,
        label: WARNING_STATUS_LABELS[s],
        count: byStatus!.get(s) ?? 0,
      })),
    };
  }

  /** Every matching warning for an export; refuses more than `limit` with a hint to narrow the filter. */
  async listAll(
    actor: UserActor,
    filter: WarningListQuery,
    limit = WARNING_EXPORT_LIMIT,
  ): Promise<WarningSummary[]> {
    const { total, rows } = await repo.listAllWarnings(
      this.db,
      scopesFor(actor, 'warning.read'),
      filter,
      limit,
    );
    if (total > limit)
      throw new AppError(
        'VALIDATION_FAILED',
        `符合条件的预警有 ${total.toLocaleString('en-US')} 条, 一次最多导出 ${limit.toLocaleString('en-US')} 条; 请按规则、地区、执法主体或日期缩小范围后再导出`,
      );
    return rows.map(presentSummary);
  }

  /** One warning the user may see, with its facts, parameters, basis and history. */
  async detail(actor: UserActor, id: string): Promise<WarningDetail> {
    const row = await this.#visible(actor, id);
    return presentDetail(row, await repo.eventsOf(this.db, id));
  }

  /**
   * A case's warnings as the exchange API reads them back to its source (spec "Reading back"): every
   * warning not resolved, with its status. The caller has already checked the case is the source's.
   */
  async ofCase(caseId: string): Promise<CaseWarningRef[]> {
    return (await repo.liveWarningsOfCase(this.db, caseId)).map((w) => ({
      ruleCode: w.rule_code,
      severity: w.severity,
      status: w.status,
      message: w.message,
      facts: JSON.parse(w.facts) as Record<string, unknown>,
    }));
  }

  /**
   * Warnings a supervisor takes into a supervision matter: each must be visible to them and still
   * open or acknowledged. Returns their agency, case and message; refuses with a Chinese reason.
   */
  async forMatter(actor: UserActor, ids: readonly string[]) {
    const rows = await repo.findWarnings(this.db, ids);
    for (const id of ids) {
      const row = rows.find((r) => r.id === id);
      if (!row || !reaches(actor, 'warning.read', row)) throw new AppError('NOT_FOUND', NOT_FOUND);
      if (row.status !== 'open' && row.status !== 'acknowledged')
        throw new AppError(
          'CONFLICT',
          `预警「${row.message.slice(0, 40)}」当前为「${WARNING_STATUS_LABELS[row.status]}」, 不能转为监督事项`,
        );
    }
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      agencyOrgId: r.agency_org_id,
      ruleCode: r.rule_code,
      message: r.message,
      status: r.status,
    }));
  }

  /** Warnings now followed up by a matter (→ matter), with a history line, in the matter's transaction. */
  async markMatter(trx: Db, actor: UserActor, ids: readonly string[], matterNumber: string): Promise<void> {
    const at = new Date().toISOString();
    const by = actorLabel(actor);
    const rows = await repo.findWarnings(trx, ids);
    const changed = await repo.changeWarnings(trx, ids, ['open', 'acknowledged'], {
      status: 'matter',
      status_changed_at: at,
      status_changed_by: by,
    });
    if (changed !== ids.length) throw new AppError('CONFLICT', '所选预警的状态刚被他人修改, 请刷新后重试');
    await repo.insertEvents(
      trx,
      rows.map((row) =>
        repo.warningEvent(row, 'matter', at, {
          from_status: row.status,
          to_status: 'matter',
          actor_id: actor.userId,
          actor_name: by,
          note: `转为监督事项 ${matterNumber}`,
        }),
      ),
    );
  }

  /** Summaries of warnings by id (a matter's page); the matter's own scope check stands for them. */
  async briefs(ids: readonly string[]) {
    return (await repo.findWarnings(this.db, ids)).map((r) => ({
      id: r.id,
      ruleCode: r.rule_code,
      message: r.message,
      status: r.status,
    }));
  }

  /**
   * A year's warnings about agencies under an org (the year-end summary of a supervision plan):
   * found, resolved by a later version, taken into matters, dismissed, and the five commonest rules.
   */
  async yearFigures(orgPath: string, year: number) {
    const rows = await repo.figuresOfPeriod(this.db, orgPath, `${year}-01-01`, `${year}-12-31`);
    const byStatus = (status: string) =>
      rows.filter((r) => r.status === status).reduce((sum, r) => sum + toNumber(r.n), 0);
    const byRule = new Map<string, number>();
    for (const r of rows) byRule.set(r.rule_code, (byRule.get(r.rule_code) ?? 0) + toNumber(r.n));
    return {
      found: rows.reduce((sum, r) => sum + toNumber(r.n), 0),
      resolved: byStatus('resolved'),
      toMatters: byStatus('matter'),
      dismissed: byStatus('dismissed'),
      topRules: [...byRule]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([ruleCode, count]) => ({
          ruleCode,
          name: RULE_DEFINITIONS.find((r) => r.code === ruleCode)?.name ?? ruleCode,
          count,
        })),
    };
  }

  /** A supervisor confirms a warning is to be followed up (open → acknowledged). */
  async acknowledge(actor: UserActor, id: string, note?: string): Promise<WarningDetail> {
    return this.#act(actor, id, 'acknowledge', note ?? null, {
      status: 'acknowledged',
      handling_note: note ?? null,
    });
  }

  /** A supervisor dismisses a warning as a false positive or as justified, saying why. */
  async dismiss(actor: UserActor, id: string, input: WarningDismiss): Promise<WarningDetail> {
    return this.#act(actor, id, 'dismiss', input.note, {
      status: 'dismissed',
      dismiss_reason: input.reason,
      handling_note: input.note,
    });
  }

  /** The agency objects to a warning with its explanation; the supervisor sees it on the warning. */
  async contest(actor: UserActor, id: string, input: WarningContest): Promise<WarningDetail> {
    const at = new Date().toISOString();
    return this.#act(actor, id, 'contest', input.text, {
      contest_text: input.text,
      contested_at: at,
      contested_by: actorLabel(actor),
    });
  }

  /**
   * Acknowledges many open warnings at once. Warnings out of the user's reach or no longer open are
   * skipped and listed with the reason; the rest change in one transaction with one audit entry.
   */
  async acknowledgeMany(actor: UserActor, input: WarningAcknowledgeMany): Promise<WarningBulkResult> {
    const ids = [...new Set(input.ids)];
    const rows = new Map((await repo.findWarnings(this.db, ids)).map((r) => [r.id, r]));
    const skipped: WarningBulkResult['skipped'] = [];
    const chosen: repo.WarningRow[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (!row || !reaches(actor, 'warning.read', row)) {
        skipped.push({ id, reason: NOT_FOUND });
        continue;
      }
      const refused = refusal(actor, 'acknowledge', row);
      if (refused) skipped.push({ id, reason: refused.detail });
      else chosen.push(row);
    }
    if (!chosen.length) return { acknowledged: 0, skipped };
    const at = new Date().toISOString();
    const by = actorLabel(actor);
    const note = input.note ?? null;
    const acknowledged = await this.db.transaction().execute(async (trx) => {
      const changed = await repo.changeWarnings(
        trx,
        chosen.map((r) => r.id),
        ACTIONS.acknowledge.from,
        { status: 'acknowledged', handling_note: note, status_changed_at: at, status_changed_by: by },
      );
      if (changed !== chosen.length)
        throw new AppError('CONFLICT', '部分预警的状态刚被他人修改, 请刷新后重试');
      await repo.insertEvents(
        trx,
        chosen.map((row) =>
          repo.warningEvent(row, 'acknowledged', at, {
            from_status: row.status,
            to_status: 'acknowledged',
            actor_id: actor.userId,
            actor_name: by,
            note,
          }),
        ),
      );
      await recordAudit(trx, auditActor(actor), {
        action: 'warning.acknowledge_bulk',
        targetType: 'warning',
        detail: { count: changed, ids: chosen.map((r) => r.id), note },
      });
      return changed;
    });
    return { acknowledged, skipped };
  }

  async #visible(actor: UserActor, id: string): Promise<repo.WarningRow> {
    const row = await repo.findWarning(this.db, id);
    if (!row || !reaches(actor, 'warning.read', row)) throw new AppError('NOT_FOUND', NOT_FOUND);
    return row;
  }

  /** Takes one lifecycle action: checks it, changes the warning, writes its history and the audit trail. */
  async #act(
    actor: UserActor,
    id: string,
    action: WarningAction,
    note: string | null,
    changes: Updateable<WarningTable>,
  ): Promise<WarningDetail> {
    const row = await this.#visible(actor, id);
    const refused = refusal(actor, action, row);
    if (refused) throw refused;
    const at = new Date().toISOString();
    const by = actorLabel(actor);
    const to = changes.status as WarningTable['status'] | undefined;
    await this.db.transaction().execute(async (trx) => {
      const set = to ? { ...changes, status_changed_at: at, status_changed_by: by } : changes;
      if ((await repo.changeWarnings(trx, [id], [row.status], set)) !== 1)
        throw new AppError('CONFLICT', '该预警的状态刚被他人修改, 请刷新后重试');
      const kind =
        action === 'acknowledge' ? 'acknowledged' : action === 'dismiss' ? 'dismissed' : 'contested';
      await repo.insertEvents(trx, [
        repo.warningEvent(row, kind, at, {
          from_status: to ? row.status : null,
          to_status: to ?? null,
          actor_id: actor.userId,
          actor_name: by,
          note,
        }),
      ]);
      await recordAudit(trx, auditActor(actor), {
        action: `warning.${action}`,
        targetType: 'warning',
        targetId: id,
        detail: {
          ruleCode: row.rule_code,
          caseId: row.case_id,
          agencyOrgId: row.agency_org_id,
          ...(to ? { from: row.status, to } : {}),
          ...(changes.dismiss_reason ? { reason: changes.dismiss_reason } : {}),
          note,
        },
      });
    });
    return this.detail(actor, id);
  }
}
