import type { Org, OrgCreate } from '@jiandu/contracts/orgs';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertReaches, auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { ScopedOrg } from '../../platform/authz/scope.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { RegionService } from '../regions/regions.service.ts';
import * as repo from './orgs.repository.ts';
import type { OrgTable } from './orgs.table.ts';

/** Presents an org row; nothing personal is in it. */
export function presentOrg(row: repo.OrgRow): Org {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    regionCode: row.region_code,
    regionName: row.region_name,
    creditCode: row.credit_code,
    status: row.status,
    sortOrder: row.sort_order,
    depth: row.depth,
    hasChildren: row.child_count > 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the scope check needs of an org row. */
export function scopedOrg(row: OrgTable): ScopedOrg {
  return { id: row.id, path: row.path, regionCode: row.region_code };
}

function auditView(row: OrgTable) {
  return {
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    regionCode: row.region_code,
    creditCode: row.credit_code,
    status: row.status,
    parentId: row.parent_id,
    sortOrder: row.sort_order,
  };
}

/**
 * The org tree: who sits under whom, where, with which credit code. Every read is limited to the
 * actor's data scope; every change is checked against it and audited.
 */
export class OrgService {
  constructor(
    private readonly db: Db,
    private readonly regions: RegionService,
  ) {}

  /** One page of the orgs the actor may see. */
  async list(actor: UserActor, filter: repo.OrgFilter, page: PageQuery): Promise<Page<Org>> {
    const { total, rows } = await repo.listOrgs(this.db, scopesFor(actor, 'org.read'), filter, page);
    return { items: rows.map(presentOrg), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every org the actor may see that matches the filter (export). */
  async listAll(actor: UserActor, filter: repo.OrgFilter): Promise<Org[]> {
    return (await repo.listAllOrgs(this.db, scopesFor(actor, 'org.read'), filter)).map(presentOrg);
  }

  /** One org, if the actor may see it (otherwise it does not exist for them). */
  async get(actor: UserActor, id: string): Promise<Org> {
    const row = await this.#visible(actor, 'org.read', id);
    const region = await this.regions.find(row.region_code);
    const children = await repo.countChildren(this.db, id);
    return presentOrg({ ...row, region_name: region?.fullName ?? null, child_count: children });
  }

  /** The raw row of an org the actor may reach with a permission, or NOT_FOUND. */
  async #visible(actor: UserActor, permission: 'org.read' | 'org.write', id: string): Promise<OrgTable> {
    const row = await repo.findOrg(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', '单位不存在');
    try {
      assertReaches(actor, permission, scopedOrg(row));
    } catch (error) {
      // Outside the actor's reach an org is reported as missing, so ids cannot be probed.
      if (permission === 'org.read') throw new AppError('NOT_FOUND', '单位不存在');
      throw error;
    }
    return row;
  }

  /** An org for other modules, checked against the actor's scope for a permission. */
  async requireReachable(
    actor: UserActor,
    permission: 'org.read' | 'org.write',
    id: string,
  ): Promise<OrgTable> {
    return this.#visible(actor, permission, id);
  }

  /** Orgs by id without scope checks, for services that have already authorised the caller. */
  findByIds(ids: readonly string[]): Promise<OrgTable[]> {
    return repo.findOrgsByIds(this.db, ids);
  }

  /** Orgs by credit code without scope checks, for the exchange API that names agencies that way. */
  findByCreditCodes(codes: readonly string[]): Promise<OrgTable[]> {
    return repo.findOrgsByCreditCodes(this.db, codes);
  }

  /** An org by id without scope checks (same caveat). */
  findById(id: string): Promise<OrgTable | undefined> {
    return repo.findOrg(this.db, id);
  }

  /** The root of the org tree, if any (for installing the first administrators). */
  root(): Promise<OrgTable | undefined> {
    return repo.findRootOrg(this.db);
  }

  /** An org by credit code without scope checks (same caveat). */
  findByCreditCode(code: string): Promise<OrgTable | undefined> {
    return repo.findOrgByCreditCode(this.db, code);
  }

  /** The supervising org of a region, if there is one (no scope checks, same caveat). */
  supervisorOfRegion(regionCode: string): Promise<OrgTable | undefined> {
    return repo.findSupervisorOfRegion(this.db, regionCode);
  }

  async #checkRegion(regionCode: string, parent: OrgTable | null): Promise<void> {
    const region = await this.regions.find(regionCode);
    if (!region)
      throw new AppError('VALIDATION_FAILED', `行政区划代码不存在: ${regionCode}`, {
        errors: [{ path: 'regionCode', message: '行政区划代码不存在' }],
      });
    if (parent && !(await this.regions.isWithin(regionCode, parent.region_code))) {
      throw new AppError('VALIDATION_FAILED', '单位所在行政区划须在上级单位的行政区划之内', {
        errors: [{ path: 'regionCode', message: '不在上级单位的行政区划之内' }],
      });
    }
  }

  /** Creates an org under a parent the actor may write to (a root needs scope over everything). */
  async create(actor: UserActor, input: OrgCreate, db: Db = this.db): Promise<Org> {
    const parent = input.parentId ? await this.#visible(actor, 'org.write', input.parentId) : null;
    if (!parent && !scopesFor(actor, 'org.write').some((s) => s.kind === 'all')) {
      throw new AppError('FORBIDDEN', '只有数据范围为全部的管理员可以创建顶级单位');
    }
    if (parent?.status === 'disabled') throw new AppError('CONFLICT', '上级单位已停用, 不能在其下新建单位');
    await this.#checkRegion(input.regionCode, parent);
    const now = new Date().toISOString();
    const id = newId();
    const row: OrgTable = {
      id,
      parent_id: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: (parent?.depth ?? -1) + 1,
      name: input.name,
      short_name: input.shortName ?? null,
      kind: input.kind,
      region_code: input.regionCode,
      credit_code: input.creditCode ?? null,
      status: 'active',
      sort_order: input.sortOrder ?? 0,
      created_at: now,
      updated_at: now,
    };
    try {
      await db.transaction().execute(async (trx) => {
        await repo.insertOrg(trx, row);
        await recordAudit(trx, auditActor(actor), {
          action: 'org.create',
          targetType: 'org',
          targetId: id,
          detail: { after: auditView(row) },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', `统一社会信用代码已被其他单位使用: ${input.creditCode}`);
      throw error;
    }
    const region = await this.regions.find(row.region_code);
    return presentOrg({ ...row, region_name: region?.fullName ?? null, child_count: 0 });
  }

  /** Edits an org's own fields. */
  async update(actor: UserActor, id: string, changes: Partial<OrgCreate>): Promise<Org> {
    const before = await this.#visible(actor, 'org.write', id);
    if (changes.regionCode && changes.regionCode !== before.region_code) {
      const parent = before.parent_id ? ((await repo.findOrg(this.db, before.parent_id)) ?? null) : null;
      await this.#checkRegion(changes.regionCode, parent);
    }
    const now = new Date().toISOString();
    const set: Partial<OrgTable> = { updated_at: now };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.shortName !== undefined) set.short_name = changes.shortName ?? null;
    if (changes.kind !== undefined) set.kind = changes.kind;
    if (changes.regionCode !== undefined) set.region_code = changes.regionCode;
    if (changes.creditCode !== undefined) set.credit_code = changes.creditCode ?? null;
    if (changes.sortOrder !== undefined) set.sort_order = changes.sortOrder;
    const after = { ...before, ...set };
    try {
      await this.db.transaction().execute(async (trx) => {
        await repo.updateOrg(trx, id, set);
        await recordAudit(trx, auditActor(actor), {
          action: 'org.update',
          targetType: 'org',
          targetId: id,
          detail: { before: auditView(before), after: auditView(after) },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', `统一社会信用代码已被其他单位使用: ${changes.creditCode}`);
      throw error;
    }
    return this.get(actor, id);
  }

  /** Moves an org and its whole subtree under a new parent. */
  async move(actor: UserActor, id: string, parentId: string): Promise<Org> {
    const org = await this.#visible(actor, 'org.write', id);
    const parent = await this.#visible(actor, 'org.write', parentId);
    if (parent.path.startsWith(org.path))
      throw new AppError('CONFLICT', '不能把单位移到它自己或它的下级单位之下');
    if (parent.status === 'disabled') throw new AppError('CONFLICT', '新的上级单位已停用, 不能移入');
    if (!(await this.regions.isWithin(org.region_code, parent.region_code))) {
      throw new AppError('CONFLICT', '单位所在行政区划不在新上级单位的行政区划之内');
    }
    const now = new Date().toISOString();
    const newPath = `${parent.path}${org.id}/`;
    await this.db.transaction().execute(async (trx) => {
      await repo.updateOrg(trx, id, { parent_id: parent.id, updated_at: now });
      const moved = await repo.repathSubtree(trx, org.path, newPath, parent.depth + 1 - org.depth, now);
      await recordAudit(trx, auditActor(actor), {
        action: 'org.move',
        targetType: 'org',
        targetId: id,
        detail: { before: { parentId: org.parent_id }, after: { parentId: parent.id }, subtreeSize: moved },
      });
    });
    return this.get(actor, id);
  }

  /** Disables or re-enables an org; one with active orgs under it cannot be disabled. */
  async setStatus(actor: UserActor, id: string, status: OrgTable['status']): Promise<Org> {
    const org = await this.#visible(actor, 'org.write', id);
    if (org.status === status) return this.get(actor, id);
    if (status === 'disabled' && (await repo.countActiveChildren(this.db, id)) > 0) {
      throw new AppError('CONFLICT', '该单位下还有在用的下级单位, 请先停用或移走下级单位');
    }
    await this.db.transaction().execute(async (trx) => {
      await repo.updateOrg(trx, id, { status, updated_at: new Date().toISOString() });
      await recordAudit(trx, auditActor(actor), {
        action: status === 'disabled' ? 'org.disable' : 'org.enable',
        targetType: 'org',
        targetId: id,
        detail: { before: { status: org.status }, after: { status } },
      });
    });
    return this.get(actor, id);
  }
}
