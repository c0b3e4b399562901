import { genderFromResidentId } from '@jiandu/contracts/codes';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type {
  InvitedSupervisor,
  InvitedSupervisorCreate,
  InvitedSupervisorListQuery,
  InvitedSupervisorStatusChange,
  InvitedSupervisorUpdate,
} from '@jiandu/contracts/people';
import { SUPERVISOR_STATUS_LABELS } from '@jiandu/contracts/people';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, hasPermission, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import { blindIndex, decryptField, encryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { RegionService } from '../regions/regions.service.ts';
import { SupervisorAgeLimitService } from './age-limits.service.ts';
import { ParticipationService } from './participations.service.ts';
import type { InvitedSupervisorTable } from './people.table.ts';
import { auditView, birthDateOf, presentSupervisor } from './supervisors.present.ts';
import * as repo from './supervisors.repository.ts';

type Permission = 'pool.read' | 'pool.write';

/**
 * Invited supervisors (特邀行政执法监督员): appointed by a justice department for a numbered term,
 * within the age limits of its region; reads and changes are limited to the actor's data scope.
 */
export class InvitedSupervisorService {
  readonly ageLimits: SupervisorAgeLimitService;
  readonly participations: ParticipationService;

  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    regions: RegionService,
    private readonly keyring: Keyring,
  ) {
    this.ageLimits = new SupervisorAgeLimitService(db, regions);
    this.participations = new ParticipationService(db, this);
  }

  #present(row: repo.SupervisorRow, viewer: UserActor, today: string): InvitedSupervisor {
    return presentSupervisor(row, this.keyring, hasPermission(viewer, 'pii.read'), today);
  }

  #filter(filter: InvitedSupervisorListQuery): repo.SupervisorFilter {
    const { idNumber, ...rest } = filter;
    return idNumber ? { ...rest, idNumberIndex: blindIndex(this.keyring, idNumber, 'id_number') } : rest;
  }

  /** One page of the invited supervisors the actor may see. */
  async list(
    actor: UserActor,
    filter: InvitedSupervisorListQuery,
    page: PageQuery,
  ): Promise<Page<InvitedSupervisor>> {
    const today = todayInShanghai();
    const { total, rows } = await repo.listSupervisors(
      this.db,
      scopesFor(actor, 'pool.read'),
      this.#filter(filter),
      page,
      Number(today.slice(0, 4)),
    );
    return {
      items: rows.map((r) => this.#present(r, actor, today)),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** Every invited supervisor the actor may see that matches the filter (export). */
  async listAll(actor: UserActor, filter: InvitedSupervisorListQuery): Promise<InvitedSupervisor[]> {
    const today = todayInShanghai();
    const rows = await repo.listAllSupervisors(
      this.db,
      scopesFor(actor, 'pool.read'),
      this.#filter(filter),
      Number(today.slice(0, 4)),
    );
    return rows.map((r) => this.#present(r, actor, today));
  }

  /** The row of an appointment the actor may reach; outside the scope it does not exist. */
  async reachable(actor: UserActor, permission: Permission, id: string): Promise<repo.SupervisorRow> {
    const row = await repo.findSupervisor(this.db, id, Number(todayInShanghai().slice(0, 4)));
    const org = row && { id: row.org_id, path: row.org_path, regionCode: row.org_region_code };
    if (!row || !org || !scopeReaches(scopesFor(actor, 'pool.read'), org))
      throw new AppError('NOT_FOUND', '特邀行政执法监督员不存在');
    if (permission === 'pool.write' && !scopeReaches(scopesFor(actor, 'pool.write'), org))
      throw new AppError('FORBIDDEN', '该监督员的聘任单位不在您的管理范围内');
    return row;
  }

  /** One invited supervisor. */
  async get(actor: UserActor, id: string): Promise<InvitedSupervisor> {
    return this.#present(await this.reachable(actor, 'pool.read', id), actor, todayInShanghai());
  }

  async #assertUnique(
    orgId: string,
    termNumber: number,
    idIndex: string,
    number: string | null,
    self?: string,
  ) {
    const same = await repo.findAppointment(this.db, orgId, termNumber, idIndex);
    if (same && same.id !== self)
      throw new AppError('CONFLICT', `该人员已是本单位第${termNumber}届特邀行政执法监督员 (${same.name})`);
    if (number) {
      const holder = await repo.findByAppointmentNumber(this.db, number);
      if (holder && holder.id !== self)
        throw new AppError('CONFLICT', `聘书编号 ${number} 已被使用 (${holder.name})`);
    }
  }

  /** Appoints an invited supervisor in a justice department the actor manages. */
  async create(actor: UserActor, input: InvitedSupervisorCreate): Promise<InvitedSupervisor> {
    const org = await this.orgs.findById(input.orgId);
    if (
      !org ||
      !scopeReaches(scopesFor(actor, 'pool.write'), {
        id: org.id,
        path: org.path,
        regionCode: org.region_code,
      })
    )
      throw new AppError('VALIDATION_FAILED', '聘任单位不存在或不在您的管理范围内', {
        errors: [{ path: 'orgId', message: '聘任单位不存在或不在您的管理范围内' }],
      });
    if (org.kind !== 'supervisor')
      throw new AppError('VALIDATION_FAILED', '聘任单位应为司法行政机关', {
        errors: [{ path: 'orgId', message: '聘任单位应为司法行政机关' }],
      });
    await this.ageLimits.assertAgeAllowed(org.region_code, birthDateOf(input.idNumber), input.termStart);
    const idIndex = blindIndex(this.keyring, input.idNumber, 'id_number');
    const appointmentNumber = input.appointmentNumber || null;
    await this.#assertUnique(org.id, input.termNumber, idIndex, appointmentNumber);
    const now = new Date().toISOString();
    const row: InvitedSupervisorTable = {
      id: newId(),
      org_id: org.id,
      name: input.name,
      gender: genderFromResidentId(input.idNumber) ?? 'male',
      id_number_enc: encryptField(this.keyring, input.idNumber),
      id_number_index: idIndex,
      phone_enc: input.phone ? encryptField(this.keyring, input.phone) : null,
      category: input.category,
      employer: input.employer,
      title: input.title || null,
      term_number: input.termNumber,
      term_start: input.termStart,
      term_end: input.termEnd,
      appointment_number: appointmentNumber,
      status: 'active',
      status_date: null,
      status_reason: null,
      created_at: now,
      updated_at: now,
    };
    await this.#write(async (trx) => {
      await repo.insertSupervisor(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'invited_supervisor.create',
        targetType: 'invited_supervisor',
        targetId: row.id,
        detail: { after: auditView(row, input.idNumber, input.phone ?? null) },
      });
    });
    return this.get(actor, row.id);
  }

  /** Edits an appointment; the age limit is checked again when the person or the term start changes. */
  async update(actor: UserActor, id: string, changes: InvitedSupervisorUpdate): Promise<InvitedSupervisor> {
    const before = await this.reachable(actor, 'pool.write', id);
    const beforeId = decryptField(this.keyring, before.id_number_enc);
    const beforePhone = before.phone_enc ? decryptField(this.keyring, before.phone_enc) : null;
    const idNumber = changes.idNumber ?? beforeId;
    const set: Partial<InvitedSupervisorTable> = { updated_at: new Date().toISOString() };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.idNumber !== undefined && changes.idNumber !== beforeId) {
      set.id_number_enc = encryptField(this.keyring, changes.idNumber);
      set.id_number_index = blindIndex(this.keyring, changes.idNumber, 'id_number');
      set.gender = genderFromResidentId(changes.idNumber) ?? before.gender;
    }
    if (changes.phone !== undefined)
      set.phone_enc = changes.phone ? encryptField(this.keyring, changes.phone) : null;
    if (changes.category !== undefined) set.category = changes.category;
    if (changes.employer !== undefined) set.employer = changes.employer;
    if (changes.title !== undefined) set.title = changes.title || null;
    if (changes.termNumber !== undefined) set.term_number = changes.termNumber;
    if (changes.termStart !== undefined) set.term_start = changes.termStart;
    if (changes.termEnd !== undefined) set.term_end = changes.termEnd;
    if (changes.appointmentNumber !== undefined) set.appointment_number = changes.appointmentNumber || null;
    const after: InvitedSupervisorTable = { ...before, ...set };
    if (after.term_end <= after.term_start)
      throw new AppError('VALIDATION_FAILED', '任期结束日期应晚于开始日期', {
        errors: [{ path: 'termEnd', message: '任期结束日期应晚于开始日期' }],
      });
    if (set.id_number_enc || set.term_start)
      await this.ageLimits.assertAgeAllowed(before.org_region_code, birthDateOf(idNumber), after.term_start);
    await this.#assertUnique(
      after.org_id,
      after.term_number,
      after.id_number_index,
      after.appointment_number,
      id,
    );
    const afterPhone = changes.phone !== undefined ? (changes.phone ?? null) : beforePhone;
    await this.#write(async (trx) => {
      await repo.updateSupervisor(trx, id, set);
      await recordAudit(trx, auditActor(actor), {
        action: 'invited_supervisor.update',
        targetType: 'invited_supervisor',
        targetId: id,
        detail: {
          before: auditView(before, beforeId, beforePhone),
          after: auditView(after, idNumber, afterPhone),
        },
      });
    });
    return this.get(actor, id);
  }

  /** Ends a term early, dismisses (解聘) or reinstates, with a reason and an effective date. */
  async changeStatus(
    actor: UserActor,
    id: string,
    change: InvitedSupervisorStatusChange,
  ): Promise<InvitedSupervisor> {
    const row = await this.reachable(actor, 'pool.write', id);
    if (row.status === change.status)
      throw new AppError('CONFLICT', `该监督员当前已是"${SUPERVISOR_STATUS_LABELS[change.status]}"状态`);
    if (change.effectiveDate < row.term_start || change.effectiveDate > row.term_end)
      throw new AppError('VALIDATION_FAILED', `生效日期应在任期内 (${row.term_start} 至 ${row.term_end})`, {
        errors: [{ path: 'effectiveDate', message: '生效日期应在任期内' }],
      });
    if (change.effectiveDate > todayInShanghai())
      throw new AppError('VALIDATION_FAILED', '生效日期不能晚于今天', {
        errors: [{ path: 'effectiveDate', message: '生效日期不能晚于今天' }],
      });
    const reinstate = change.status === 'active';
    const set: Partial<InvitedSupervisorTable> = {
      status: change.status,
      status_date: reinstate ? null : change.effectiveDate,
      status_reason: reinstate ? null : change.reason,
      updated_at: new Date().toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.updateSupervisor(trx, id, set);
      await recordAudit(trx, auditActor(actor), {
        action: `invited_supervisor.${reinstate ? 'reinstate' : change.status === 'dismissed' ? 'dismiss' : 'end'}`,
        targetType: 'invited_supervisor',
        targetId: id,
        detail: {
          before: { status: row.status },
          after: { status: change.status },
          effectiveDate: change.effectiveDate,
          reason: change.reason,
        },
      });
    });
    return this.get(actor, id);
  }

  async #write(work: (trx: Db) => Promise<void>): Promise<void> {
    try {
      await this.db.transaction().execute(work);
    } catch (error) {
      // A concurrent appointment got there between the check and the insert.
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', '该人员本届已被聘任, 或聘书编号已被使用');
      throw error;
    }
  }
}
