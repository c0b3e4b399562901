import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { Talent, TalentCreate, TalentListQuery, TalentUpdate } from '@jiandu/contracts/people';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { TalentTable } from './people.table.ts';
import * as repo from './talents.repository.ts';

function present(row: repo.TalentRow): Talent {
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    name: row.name,
    fields: JSON.parse(row.fields),
    skills: row.skills,
    source: row.source,
    level: row.level,
    entryDate: row.entry_date,
    status: row.status,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function auditView(row: TalentTable) {
  const { id: _id, created_at: _c, updated_at: _u, ...rest } = row;
  return { ...rest, fields: JSON.parse(row.fields) };
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/** The talent pool (人才库): trained enforcement staff held in reserve, by field, level and source. */
export class TalentPoolService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
  ) {}

  /** One page of the entries the actor may see. */
  async list(actor: UserActor, filter: TalentListQuery, page: PageQuery): Promise<Page<Talent>> {
    const { total, rows } = await repo.listTalents(this.db, scopesFor(actor, 'pool.read'), filter, page);
    return { items: rows.map(present), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every entry the actor may see that matches the filter (export). */
  async listAll(actor: UserActor, filter: TalentListQuery): Promise<Talent[]> {
    return (await repo.listAllTalents(this.db, scopesFor(actor, 'pool.read'), filter)).map(present);
  }

  async #reachable(actor: UserActor, permission: 'pool.read' | 'pool.write', id: string) {
    const row = await repo.findTalent(this.db, id);
    const org = row && { id: row.org_id, path: row.org_path, regionCode: row.org_region_code };
    if (!row || !org || !scopeReaches(scopesFor(actor, 'pool.read'), org))
      throw new AppError('NOT_FOUND', '人才库记录不存在');
    if (permission === 'pool.write' && !scopeReaches(scopesFor(actor, 'pool.write'), org))
      throw new AppError('FORBIDDEN', '该人员所在单位不在您的管理范围内');
    return row;
  }

  /** One entry. */
  async get(actor: UserActor, id: string): Promise<Talent> {
    return present(await this.#reachable(actor, 'pool.read', id));
  }

  async #writableOrg(actor: UserActor, orgId: string) {
    const org = await this.orgs.findById(orgId);
    if (
      !org ||
      !scopeReaches(scopesFor(actor, 'pool.write'), {
        id: org.id,
        path: org.path,
        regionCode: org.region_code,
      })
    )
      throw invalid('orgId', '所在单位不存在或不在您的管理范围内');
    return org;
  }

  /** Adds someone to the talent pool. */
  async create(actor: UserActor, input: TalentCreate): Promise<Talent> {
    const org = await this.#writableOrg(actor, input.orgId);
    if (input.entryDate > todayInShanghai()) throw invalid('entryDate', '入库日期不能晚于今天');
    const now = new Date().toISOString();
    const row: TalentTable = {
      id: newId(),
      org_id: org.id,
      name: input.name,
      fields: JSON.stringify([...new Set(input.fields)]),
      skills: input.skills,
      source: input.source,
      level: input.level,
      entry_date: input.entryDate,
      status: input.status,
      note: input.note || null,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertTalent(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'talent.create',
        targetType: 'talent',
        targetId: row.id,
        detail: { after: auditView(row) },
      });
    });
    return this.get(actor, row.id);
  }

  /** Edits an entry, moves it to another org the actor manages, or withdraws it. */
  async update(actor: UserActor, id: string, changes: TalentUpdate): Promise<Talent> {
    const before = await this.#reachable(actor, 'pool.write', id);
    const set: Partial<TalentTable> = { updated_at: new Date().toISOString() };
    if (changes.orgId !== undefined && changes.orgId !== before.org_id)
      set.org_id = (await this.#writableOrg(actor, changes.orgId)).id;
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.fields !== undefined) set.fields = JSON.stringify([...new Set(changes.fields)]);
    if (changes.skills !== undefined) set.skills = changes.skills;
    if (changes.source !== undefined) set.source = changes.source;
    if (changes.level !== undefined) set.level = changes.level;
    if (changes.entryDate !== undefined) {
      if (changes.entryDate > todayInShanghai()) throw invalid('entryDate', '入库日期不能晚于今天');
      set.entry_date = changes.entryDate;
    }
    if (changes.status !== undefined) set.status = changes.status;
    if (changes.note !== undefined) set.note = changes.note || null;
    const { org_name: _n, org_path: _p, org_region_code: _r, ...beforeRow } = before;
    await this.db.transaction().execute(async (trx) => {
      await repo.updateTalent(trx, id, set);
      await recordAudit(trx, auditActor(actor), {
        action: 'talent.update',
        targetType: 'talent',
        targetId: id,
        detail: { before: auditView(beforeRow), after: auditView({ ...beforeRow, ...set }) },
      });
    });
    return this.get(actor, id);
  }
}
