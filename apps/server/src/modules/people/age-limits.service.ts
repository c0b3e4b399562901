import type { AgeLimit, AgeLimitUpdate } from '@jiandu/contracts/people';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { RegionService } from '../regions/regions.service.ts';
import { ageOn, effectiveAgeLimit, regionChain } from './age-rules.ts';
import * as repo from './supervisors.repository.ts';

/**
 * Age limits for appointing invited supervisors (e.g. Anhui 18–55, most places 18–60). A region may
 * set its own; regions below it inherit the nearest setting, and the default applies when none does.
 */
export class SupervisorAgeLimitService {
  constructor(
    private readonly db: Db,
    private readonly regions: RegionService,
  ) {}

  async #named(limit: Omit<AgeLimit, 'regionName' | 'sourceName'>): Promise<AgeLimit> {
    const [region, source] = await Promise.all([
      this.regions.find(limit.regionCode),
      limit.source ? this.regions.find(limit.source) : undefined,
    ]);
    return { ...limit, regionName: region?.fullName ?? null, sourceName: source?.fullName ?? null };
  }

  /** The limits in force for a region. */
  async effective(regionCode: string): Promise<AgeLimit> {
    await this.regions.get(regionCode);
    const rows = await repo.findAgeLimits(this.db, regionChain(regionCode));
    return this.#named(effectiveAgeLimit(regionCode, rows));
  }

  /** Every region that set its own limits. */
  async list(): Promise<AgeLimit[]> {
    const rows = await repo.listAgeLimits(this.db);
    return Promise.all(rows.map((row) => this.#named(effectiveAgeLimit(row.region_code, [row]))));
  }

  /** Only someone who manages the pools of a supervisor org of exactly that region sets its limits. */
  async #assertMayConfigure(actor: UserActor, regionCode: string): Promise<void> {
    await this.regions.get(regionCode);
    const reachable = await repo.countSupervisorOrgsOfRegion(
      this.db,
      scopesFor(actor, 'pool.write'),
      regionCode,
    );
    if (reachable === 0)
      throw new AppError('FORBIDDEN', '只能设置您数据范围内司法行政机关所在行政区划的年龄条件');
  }

  /** Sets a region's own limits. */
  async set(actor: UserActor, regionCode: string, input: AgeLimitUpdate): Promise<AgeLimit> {
    await this.#assertMayConfigure(actor, regionCode);
    const before = await this.effective(regionCode);
    await this.db.transaction().execute(async (trx) => {
      await repo.upsertAgeLimit(trx, {
        region_code: regionCode,
        min_age: input.minAge,
        max_age: input.maxAge,
        updated_at: new Date().toISOString(),
        updated_by: actor.userId,
      });
      await recordAudit(trx, auditActor(actor), {
        action: 'supervisor_age_limit.set',
        targetType: 'region',
        targetId: regionCode,
        detail: {
          before: { minAge: before.minAge, maxAge: before.maxAge, source: before.source },
          after: { minAge: input.minAge, maxAge: input.maxAge },
        },
      });
    });
    return this.effective(regionCode);
  }

  /** Removes a region's own limits; it inherits again. */
  async clear(actor: UserActor, regionCode: string): Promise<AgeLimit> {
    await this.#assertMayConfigure(actor, regionCode);
    await this.db.transaction().execute(async (trx) => {
      const removed = await repo.deleteAgeLimit(trx, regionCode);
      if (removed === 0) throw new AppError('NOT_FOUND', '该行政区划未单独设置年龄条件');
      await recordAudit(trx, auditActor(actor), {
        action: 'supervisor_age_limit.clear',
        targetType: 'region',
        targetId: regionCode,
      });
    });
    return this.effective(regionCode);
  }

  /**
   * Refuses an appointment whose person is too young or too old on the first day of the term,
   * by the limits of the appointing org's region.
   */
  async assertAgeAllowed(regionCode: string, birthDate: string, termStart: string): Promise<void> {
    const limit = await this.effective(regionCode);
    const age = ageOn(birthDate, termStart);
    if (age >= limit.minAge && age <= limit.maxAge) return;
    const where = limit.sourceName ? `${limit.sourceName}规定` : '系统默认';
    const message = `按任期开始日 ${termStart} 计算, 该人员年龄为 ${age} 周岁, 不符合特邀行政执法监督员年龄条件 (${limit.minAge}至${limit.maxAge}周岁, ${where})`;
    throw new AppError('AGE_LIMIT_NOT_MET', message, {
      errors: [{ path: 'idNumber', message }],
      age,
      minAge: limit.minAge,
      maxAge: limit.maxAge,
    });
  }
}
