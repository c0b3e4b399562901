import type { Staffing, StaffingTarget } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { addDays, todayInShanghai, yearOf } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { RegionService } from '../regions/regions.service.ts';
import { currentStatus } from './certificate-rules.ts';
import type { StaffingTargetTable } from './officers.table.ts';
import * as repo from './staffing.repository.ts';

/** The built-in targets: legal reviewers at least 5% of active officers, 60 training hours a year. */
export const DEFAULT_TARGETS = { legalReviewerShare: 0.05, trainingHours: 60 } as const;

/** A region's code and those of the regions above it, nearest first (township → county → city → province). */
export function regionChain(code: string): string[] {
  const chain = [code];
  if (code.length === 9) chain.push(code.slice(0, 6));
  const county = code.slice(0, 6);
  chain.push(`${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`);
  return [...new Set(chain)];
}

/** The targets that apply in a region: its own, else the nearest region above that set some, else the defaults. */
export function resolveTarget(
  rows: ReadonlyMap<string, StaffingTargetTable>,
  regionCode: string,
): StaffingTarget {
  const own = regionChain(regionCode)
    .map((code) => rows.get(code))
    .find((row) => row !== undefined);
  return {
    regionCode,
    legalReviewerShare: own?.legal_reviewer_share ?? DEFAULT_TARGETS.legalReviewerShare,
    trainingHours: own?.training_hours ?? DEFAULT_TARGETS.trainingHours,
    inherited: own?.region_code !== regionCode,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

type AgencyRow = Awaited<ReturnType<typeof repo.agencies>>[number];

/**
 * Staffing figures per agency (人员配备): the legal-reviewer share against its target, officers
 * below the year's training hours, certificates expiring and expired. Computed from a few grouped
 * queries for all agencies at once, so a province-wide list costs the same handful of queries.
 */
export class StaffingService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    private readonly regions: RegionService,
  ) {}

  async #figures(agencies: readonly AgencyRow[], today: string): Promise<Staffing[]> {
    const ids = agencies.map((a) => a.id);
    const year = yearOf(today);
    const targets = new Map((await repo.allTargets(this.db)).map((t) => [t.region_code, t]));
    const officers = await repo.activeOfficers(this.db, ids, year);
    const certificates = await repo.certificatesOfActive(this.db, ids);
    const inForce = new Set(
      certificates
        .filter((c) => ['valid', 'suspended'].includes(currentStatus(c.status, c.expiry_date, today)))
        .map((c) => `${c.officer_id}:${c.type}`),
    );
    const officersBy = groupBy(officers, (o) => o.org_id);
    const certificatesBy = groupBy(certificates, (c) => c.org_id);
    return agencies.map((agency) => {
      const target = resolveTarget(targets, agency.region_code);
      const mine = officersBy.get(agency.id) ?? [];
      const reviewers = mine.filter((o) => o.legal_reviewer === 1).length;
      const share = mine.length ? reviewers / mine.length : 0;
      const certs = certificatesBy.get(agency.id) ?? [];
      const expiringWithin = (days: number) =>
        certs.filter(
          (c) =>
            currentStatus(c.status, c.expiry_date, today) === 'valid' &&
            c.expiry_date <= addDays(today, days),
        ).length;
      // An expired certificate already replaced by a new one is no longer a gap.
      const expired = new Set(
        certs
          .filter((c) => currentStatus(c.status, c.expiry_date, today) === 'expired')
          .map((c) => `${c.officer_id}:${c.type}`)
          .filter((key) => !inForce.has(key)),
      );
      return {
        orgId: agency.id,
        orgName: agency.name,
        year,
        officers: mine.length,
        legalReviewers: reviewers,
        legalReviewerShare: Math.round(share * 10_000) / 10_000,
        legalReviewerTarget: target.legalReviewerShare,
        legalReviewerShortfall: mine.length > 0 && share < target.legalReviewerShare,
        trainingHoursTarget: target.trainingHours,
        officersBelowTraining: mine.filter((o) => o.hours < target.trainingHours).length,
        certificatesExpiring: {
          within7: expiringWithin(7),
          within30: expiringWithin(30),
          within60: expiringWithin(60),
        },
        certificatesExpired: expired.size,
      };
    });
  }

  /**
   * One page of the agencies the actor may see, with their figures; `shortfall` keeps those below
   * a target (legal-reviewer share, or anyone below the year's training hours).
   */
  async list(
    actor: UserActor,
    filter: { orgId?: string | undefined; shortfall?: 'true' | 'false' | undefined },
    page: { page: number; pageSize: number },
  ): Promise<Page<Staffing>> {
    const org = filter.orgId ? await this.orgs.findById(filter.orgId) : undefined;
    const orgPath = filter.orgId ? (org?.path ?? '/-/') : undefined;
    const rows = await repo.agencies(this.db, scopesFor(actor, 'officer.read'), { orgPath });
    let figures = await this.#figures(rows, todayInShanghai());
    if (filter.shortfall === 'true')
      figures = figures.filter((f) => f.legalReviewerShortfall || f.officersBelowTraining > 0);
    if (filter.shortfall === 'false')
      figures = figures.filter((f) => !f.legalReviewerShortfall && f.officersBelowTraining === 0);
    const start = (page.page - 1) * page.pageSize;
    return {
      items: figures.slice(start, start + page.pageSize),
      total: figures.length,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** One agency's figures, if the actor may see it. */
  async get(actor: UserActor, orgId: string): Promise<Staffing> {
    const [row] = await repo.agencies(this.db, scopesFor(actor, 'officer.read'), { orgId });
    if (!row) throw new AppError('NOT_FOUND', '执法主体不存在');
    return (await this.#figures([row], todayInShanghai()))[0]!;
  }

  /** One agency's figures for warning rules (no actor: callers have authorised already); null when not an agency. */
  async staffingOf(orgId: string, today: string = todayInShanghai()): Promise<Staffing | null> {
    const [row] = await repo.agencies(this.db, null, { orgId });
    return row ? ((await this.#figures([row], today))[0] ?? null) : null;
  }

  /** The targets in force in a region. */
  async target(regionCode: string): Promise<StaffingTarget> {
    await this.regions.get(regionCode);
    return resolveTarget(
      new Map((await repo.allTargets(this.db)).map((t) => [t.region_code, t])),
      regionCode,
    );
  }

  /**
   * Sets a region's own targets, inherited by the regions below it. Only those who manage
   * certificates for the region's justice bureau (or the whole region) may.
   */
  async setTarget(
    actor: UserActor,
    regionCode: string,
    input: { legalReviewerShare: number; trainingHours: number },
  ): Promise<StaffingTarget> {
    await this.regions.get(regionCode);
    const scopes = scopesFor(actor, 'certificate.manage');
    const bureaus = await repo.supervisorsOfRegion(this.db, regionCode);
    const allowed =
      scopes.some(
        (s) => s.kind === 'all' || (s.kind === 'region_subtree' && regionCode.startsWith(s.regionPrefix)),
      ) || bureaus.some((b) => scopeReaches(scopes, { id: b.id, path: b.path, regionCode: b.region_code }));
    if (!allowed) throw new AppError('FORBIDDEN', '只有该行政区划的司法行政机关可以设置人员配备标准');
    const before = await this.target(regionCode);
    await this.db.transaction().execute(async (trx) => {
      await repo.upsertTarget(trx, {
        region_code: regionCode,
        legal_reviewer_share: input.legalReviewerShare,
        training_hours: input.trainingHours,
        updated_at: new Date().toISOString(),
        updated_by: auditActor(actor).name,
      });
      await recordAudit(trx, auditActor(actor), {
        action: 'staffing.target.set',
        targetType: 'region',
        targetId: regionCode,
        detail: { before, after: input },
      });
    });
    return this.target(regionCode);
  }
}
