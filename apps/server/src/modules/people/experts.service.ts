import type { EnforcementField } from '@jiandu/contracts/fields';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type {
  Expert,
  ExpertConflictCreate,
  ExpertCreate,
  ExpertListQuery,
  ExpertUpdate,
} from '@jiandu/contracts/people';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, hasPermission, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { type ResolvedScope, scopeReaches } from '../../platform/authz/scope.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import { blindIndex, decryptField, encryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { maskIdNumber, maskPhone } from '../../platform/masking.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import * as repo from './experts.repository.ts';
import type { ExpertTable } from './people.table.ts';

const EVERYWHERE: readonly ResolvedScope[] = [{ kind: 'all' }];

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * The expert pool (专家库): experts kept by a justice department for case-file review and
 * consultation, with their fields, availability and the orgs they must not review.
 */
export class ExpertPoolService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    private readonly keyring: Keyring,
  ) {}

  async #present(rows: repo.ExpertRow[], viewer: UserActor | null): Promise<Expert[]> {
    const conflicts = await repo.conflictsOf(
      this.db,
      rows.map((r) => r.id),
    );
    const clear = viewer !== null && hasPermission(viewer, 'pii.read');
    return rows.map((row) => {
      const idNumber = row.id_number_enc ? decryptField(this.keyring, row.id_number_enc) : null;
      const phone = row.phone_enc ? decryptField(this.keyring, row.phone_enc) : null;
      return {
        id: row.id,
        orgId: row.org_id,
        orgName: row.org_name,
        name: row.name,
        idNumber: clear ? idNumber : maskIdNumber(idNumber),
        phone: clear ? phone : maskPhone(phone),
        employer: row.employer,
        title: row.title,
        fields: JSON.parse(row.fields),
        specialty: row.specialty,
        availability: row.availability,
        busyUntil: row.busy_until,
        conflicts: conflicts
          .filter((c) => c.expert_id === row.id)
          .map((c) => ({ id: c.id, orgId: c.org_id, orgName: c.org_name, reason: c.reason, since: c.since })),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    });
  }

  /** One page of the experts the actor may see. */
  async list(actor: UserActor, filter: ExpertListQuery, page: PageQuery): Promise<Page<Expert>> {
    const { total, rows } = await repo.listExperts(this.db, scopesFor(actor, 'pool.read'), filter, page);
    return { items: await this.#present(rows, actor), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every expert the actor may see that matches the filter (export). */
  async listAll(actor: UserActor, filter: ExpertListQuery): Promise<Expert[]> {
    return this.#present(await repo.listAllExperts(this.db, scopesFor(actor, 'pool.read'), filter), actor);
  }

  /**
   * Experts who may review `excludingOrgId`'s files in `field` on `onDate`: available that day, the
   * field matches, and no conflict of interest with that org. Case-file review draws pick from this;
   * `scopes` limits the pools searched (all pools unless given).
   */
  async eligibleExperts(
    field: EnforcementField,
    excludingOrgId: string,
    onDate: string,
    scopes: readonly ResolvedScope[] = EVERYWHERE,
  ): Promise<Expert[]> {
    return this.#present(await repo.eligibleExperts(this.db, scopes, field, excludingOrgId, onDate), null);
  }

  /** The eligible experts in the actor's pools, for an org the actor may see. */
  async eligible(
    actor: UserActor,
    query: { field: EnforcementField; orgId: string; date?: string | undefined },
  ): Promise<Expert[]> {
    const org = await this.orgs.findById(query.orgId);
    const reach = org && { id: org.id, path: org.path, regionCode: org.region_code };
    const visible = (p: 'org.read' | 'pool.read') => !!reach && scopeReaches(scopesFor(actor, p), reach);
    if (!visible('org.read') && !visible('pool.read')) throw new AppError('NOT_FOUND', '被评查单位不存在');
    const rows = await repo.eligibleExperts(
      this.db,
      scopesFor(actor, 'pool.read'),
      query.field,
      query.orgId,
      query.date ?? todayInShanghai(),
    );
    return this.#present(rows, actor);
  }

  async #reachable(
    actor: UserActor,
    permission: 'pool.read' | 'pool.write',
    id: string,
  ): Promise<repo.ExpertRow> {
    const row = await repo.findExpert(this.db, id);
    const org = row && { id: row.org_id, path: row.org_path, regionCode: row.org_region_code };
    if (!row || !org || !scopeReaches(scopesFor(actor, 'pool.read'), org))
      throw new AppError('NOT_FOUND', '专家不存在');
    if (permission === 'pool.write' && !scopeReaches(scopesFor(actor, 'pool.write'), org))
      throw new AppError('FORBIDDEN', '该专家的管理单位不在您的管理范围内');
    return row;
  }

  /** One expert. */
  async get(actor: UserActor, id: string): Promise<Expert> {
    return (await this.#present([await this.#reachable(actor, 'pool.read', id)], actor))[0]!;
  }

  async #assertNewPerson(idIndex: string, self?: string): Promise<void> {
    const holder = await repo.findExpertByIdIndex(this.db, idIndex);
    if (holder && holder.id !== self) throw new AppError('CONFLICT', `该人员已在专家库中 (${holder.name})`);
  }

  /** Adds an expert to a pool the actor manages. */
  async create(actor: UserActor, input: ExpertCreate): Promise<Expert> {
    const org = await this.orgs.findById(input.orgId);
    if (
      !org ||
      !scopeReaches(scopesFor(actor, 'pool.write'), {
        id: org.id,
        path: org.path,
        regionCode: org.region_code,
      })
    )
      throw invalid('orgId', '管理单位不存在或不在您的管理范围内');
    const idIndex = input.idNumber ? blindIndex(this.keyring, input.idNumber, 'id_number') : null;
    if (idIndex) await this.#assertNewPerson(idIndex);
    const now = new Date().toISOString();
    const row: ExpertTable = {
      id: newId(),
      org_id: org.id,
      name: input.name,
      id_number_enc: input.idNumber ? encryptField(this.keyring, input.idNumber) : null,
      id_number_index: idIndex,
      phone_enc: input.phone ? encryptField(this.keyring, input.phone) : null,
      employer: input.employer,
      title: input.title || null,
      fields: JSON.stringify([...new Set(input.fields)]),
      specialty: input.specialty || null,
      availability: input.availability,
      busy_until: input.availability === 'busy' ? (input.busyUntil ?? null) : null,
      created_at: now,
      updated_at: now,
    };
    await this.#write(async (trx) => {
      await repo.insertExpert(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'expert.create',
        targetType: 'expert',
        targetId: row.id,
        detail: { after: this.#auditView(row) },
      });
    });
    return this.get(actor, row.id);
  }

  /** Edits an expert, including their availability. */
  async update(actor: UserActor, id: string, changes: ExpertUpdate): Promise<Expert> {
    const before = await this.#reachable(actor, 'pool.write', id);
    const set: Partial<ExpertTable> = { updated_at: new Date().toISOString() };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.idNumber !== undefined) {
      set.id_number_enc = changes.idNumber ? encryptField(this.keyring, changes.idNumber) : null;
      set.id_number_index = changes.idNumber ? blindIndex(this.keyring, changes.idNumber, 'id_number') : null;
      if (set.id_number_index) await this.#assertNewPerson(set.id_number_index, id);
    }
    if (changes.phone !== undefined)
      set.phone_enc = changes.phone ? encryptField(this.keyring, changes.phone) : null;
    if (changes.employer !== undefined) set.employer = changes.employer;
    if (changes.title !== undefined) set.title = changes.title || null;
    if (changes.fields !== undefined) set.fields = JSON.stringify([...new Set(changes.fields)]);
    if (changes.specialty !== undefined) set.specialty = changes.specialty || null;
    if (changes.availability !== undefined) set.availability = changes.availability;
    if (changes.busyUntil !== undefined) set.busy_until = changes.busyUntil ?? null;
    const after: ExpertTable = { ...before, ...set };
    if (after.availability === 'busy' && !after.busy_until)
      throw invalid('busyUntil', '暂不可参加时请填写截止日期');
    if (after.availability !== 'busy') set.busy_until = after.busy_until = null;
    await this.#write(async (trx) => {
      await repo.updateExpert(trx, id, set);
      await recordAudit(trx, auditActor(actor), {
        action: 'expert.update',
        targetType: 'expert',
        targetId: id,
        detail: { before: this.#auditView(before), after: this.#auditView(after) },
      });
    });
    return this.get(actor, id);
  }

  /** Records an org the expert must not review. */
  async addConflict(actor: UserActor, id: string, input: ExpertConflictCreate): Promise<Expert> {
    const expert = await this.#reachable(actor, 'pool.write', id);
    const org = await this.orgs.findById(input.orgId);
    if (!org) throw invalid('orgId', '需回避的单位不存在');
    const conflict = (await repo.conflictsOf(this.db, [id])).find((c) => c.org_id === org.id);
    if (conflict) throw new AppError('CONFLICT', `已登记该专家对 ${org.name} 的回避`);
    const row = {
      id: newId(),
      expert_id: expert.id,
      org_id: org.id,
      reason: input.reason,
      since: input.since,
      created_at: new Date().toISOString(),
    };
    await this.#write(async (trx) => {
      await repo.insertConflict(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'expert.conflict.add',
        targetType: 'expert',
        targetId: id,
        detail: {
          conflictId: row.id,
          orgId: org.id,
          orgName: org.name,
          reason: row.reason,
          since: row.since,
        },
      });
    });
    return this.get(actor, id);
  }

  /** Removes a conflict recorded in error or no longer standing. */
  async removeConflict(actor: UserActor, id: string, conflictId: string): Promise<Expert> {
    await this.#reachable(actor, 'pool.write', id);
    await this.db.transaction().execute(async (trx) => {
      const removed = await repo.deleteConflict(trx, id, conflictId);
      if (!removed) throw new AppError('NOT_FOUND', '回避记录不存在');
      await recordAudit(trx, auditActor(actor), {
        action: 'expert.conflict.remove',
        targetType: 'expert',
        targetId: id,
        detail: { conflictId, orgId: removed.org_id, reason: removed.reason, since: removed.since },
      });
    });
    return this.get(actor, id);
  }

  #auditView(row: ExpertTable) {
    return {
      name: row.name,
      idNumber: row.id_number_enc ? maskIdNumber(decryptField(this.keyring, row.id_number_enc)) : null,
      phone: row.phone_enc ? maskPhone(decryptField(this.keyring, row.phone_enc)) : null,
      orgId: row.org_id,
      employer: row.employer,
      title: row.title,
      fields: JSON.parse(row.fields),
      availability: row.availability,
      busyUntil: row.busy_until,
    };
  }

  async #write(work: (trx: Db) => Promise<void>): Promise<void> {
    try {
      await this.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', '该人员已在专家库中, 或该回避单位已登记');
      throw error;
    }
  }
}
