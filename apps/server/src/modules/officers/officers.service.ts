import type {
  Officer,
  OfficerCreate,
  OfficerLeaveSchema,
  OfficerPost,
  OfficerTransferSchema,
  OfficerUpdateSchema,
} from '@jiandu/contracts/officers';
import type { ImportResult } from '@jiandu/contracts/orgs';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { z } from 'zod';
import { type Actor, recordAudit } from '../../platform/audit/audit.ts';
import {
  assertReaches,
  auditActor,
  hasPermission,
  scopesFor,
  type UserActor,
} from '../../platform/authz/actor.ts';
import { type ScopedOrg, scopeReaches } from '../../platform/authz/scope.ts';
import { todayInShanghai, yearOf } from '../../platform/calendar/dates.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { currentStatus } from './certificate-rules.ts';
import { officerLeaves, transferOfficer } from './officer-moves.ts';
import { auditView, officerChanges, photoBytes, presentOfficer } from './officers.present.ts';
import * as repo from './officers.repository.ts';
import type { CertificateStatusValue, CertificateTable, OfficerTable } from './officers.table.ts';
import { firstPost, idNumberIndex, officerRow, type RowBatch, writeBatch } from './officers-bulk.ts';
import { importOfficers } from './officers-import-save.ts';

/** The officer list's filters as the route passes them. */
export interface OfficerListFilter {
  orgId?: string | undefined;
  q?: string | undefined;
  field?: string | undefined;
  status?: OfficerTable['status'] | undefined;
  legalReviewer?: 'true' | 'false' | undefined;
  certificateStatus?: CertificateStatusValue | undefined;
}

type OfficerTransfer = z.infer<typeof OfficerTransferSchema>;
type OfficerLeave = z.infer<typeof OfficerLeaveSchema>;

/** The officer permissions a use case may need. */
export type OfficerPermission = 'officer.read' | 'officer.write' | 'certificate.manage';

/** An officer row as the scope check sees it. */
export function scopedOfficer(row: { org_id: string; org_path: string; org_region_code: string }): ScopedOrg {
  return { id: row.org_id, path: row.org_path, regionCode: row.org_region_code };
}

const NOT_FOUND = '执法人员不存在';

/**
 * Enforcement and supervision officers: who they are, where they serve, in which fields. One
 * person is one officer (blind index of the ID number); personal data is encrypted at rest and
 * masked on the way out unless the viewer may read it; every change is audited.
 */
export class OfficerService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    readonly keyring: Keyring,
  ) {}

  async #present(actor: UserActor, rows: repo.OfficerRow[]): Promise<Officer[]> {
    const today = todayInShanghai();
    const ids = rows.map((r) => r.id);
    const certificates = await repo.certificatesOf(this.db, ids);
    const hours = await repo.trainingHours(this.db, ids, yearOf(today));
    const view = { keyring: this.keyring, clear: hasPermission(actor, 'pii.read'), today };
    const held = new Map<string, CertificateTable[]>();
    for (const c of certificates) held.set(c.officer_id, [...(held.get(c.officer_id) ?? []), c]);
    return rows.map((row) => presentOfficer(row, held.get(row.id) ?? [], hours.get(row.id) ?? 0, view));
  }

  async #filter(filter: OfficerListFilter): Promise<repo.OfficerFilter> {
    const { orgId, legalReviewer, ...rest } = filter;
    const org = orgId ? await this.orgs.findById(orgId) : undefined;
    return {
      ...rest,
      ...(orgId ? { orgPath: org?.path ?? '/-/' } : {}),
      ...(legalReviewer ? { legalReviewer: legalReviewer === 'true' } : {}),
    };
  }

  /** One page of the officers the actor may see. */
  async list(actor: UserActor, filter: OfficerListFilter, page: PageQuery): Promise<Page<Officer>> {
    const scopes = scopesFor(actor, 'officer.read');
    const query = await this.#filter(filter);
    const { total, rows } = await repo.listOfficers(this.db, scopes, query, page, todayInShanghai());
    return { items: await this.#present(actor, rows), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every officer the actor may see that matches the filter (export). */
  async listAll(actor: UserActor, filter: OfficerListFilter): Promise<Officer[]> {
    const scopes = scopesFor(actor, 'officer.read');
    const rows = await repo.listAllOfficers(this.db, scopes, await this.#filter(filter), todayInShanghai());
    return this.#present(actor, rows);
  }

  /**
   * The row of an officer the actor may reach: outside their read scope it does not exist (404);
   * readable but outside the scope of a write permission is refused (403).
   */
  async reachable(actor: UserActor, permission: OfficerPermission, id: string): Promise<repo.OfficerRow> {
    const row = await repo.findOfficer(this.db, id);
    if (!row || !scopeReaches(scopesFor(actor, 'officer.read'), scopedOfficer(row)))
      throw new AppError('NOT_FOUND', NOT_FOUND);
    if (permission !== 'officer.read') assertReaches(actor, permission, scopedOfficer(row));
    return row;
  }

  /** An org the actor may put officers in (registration, transfer). */
  async writableOrg(actor: UserActor, orgId: string) {
    const org = await this.orgs.findById(orgId);
    const scoped = org && { id: org.id, path: org.path, regionCode: org.region_code };
    if (!org || !scoped || !scopeReaches(scopesFor(actor, 'officer.read'), scoped))
      throw new AppError('NOT_FOUND', '单位不存在');
    assertReaches(actor, 'officer.write', scoped);
    if (org.status !== 'active') throw new AppError('CONFLICT', `${org.name}已停用, 不能登记执法人员`);
    return org;
  }

  /** One officer. */
  async get(actor: UserActor, id: string): Promise<Officer> {
    return (await this.#present(actor, [await this.reachable(actor, 'officer.read', id)]))[0]!;
  }

  /** Why an ID number cannot be registered again, naming the holder only when the actor may see them. */
  async #duplicate(actor: UserActor, idNumber: string): Promise<AppError | null> {
    const existing = await repo.findByIdIndex(this.db, idNumberIndex(this.keyring, idNumber));
    if (!existing) return null;
    const row = await repo.findOfficer(this.db, existing.id);
    const visible = row && scopeReaches(scopesFor(actor, 'officer.read'), scopedOfficer(row));
    return new AppError(
      'CONFLICT',
      visible
        ? `该身份证号已登记为执法人员: ${row.name} (${row.org_name}), 一人只能登记一次`
        : '该身份证号已在其他单位登记为执法人员, 一人只能登记一次; 如需调入请联系原单位或上级司法行政部门',
    );
  }

  /** Registers an officer with a first post from `startDate` (default today). */
  async create(actor: UserActor, input: OfficerCreate): Promise<Officer> {
    const org = await this.writableOrg(actor, input.orgId);
    const today = todayInShanghai();
    const startDate = input.startDate ?? today;
    if (startDate > today) throw new AppError('VALIDATION_FAILED', '到岗日期不能晚于今天');
    const duplicate = await this.#duplicate(actor, input.idNumber);
    if (duplicate) throw duplicate;
    const now = new Date().toISOString();
    const row = officerRow(this.keyring, { ...input, regionCode: org.region_code }, now);
    try {
      await this.db.transaction().execute(async (trx) => {
        await writeBatch(trx, { officers: [row], posts: [firstPost(row, startDate, now)] });
        await recordAudit(trx, auditActor(actor), {
          action: 'officer.create',
          targetType: 'officer',
          targetId: row.id,
          detail: { after: auditView(row, input.idNumber, input.phone ?? null) },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw (await this.#duplicate(actor, input.idNumber)) ?? error;
      throw error;
    }
    return this.get(actor, row.id);
  }

  /** Edits an officer's own details (not the org: that is a transfer). */
  async update(actor: UserActor, id: string, input: z.infer<typeof OfficerUpdateSchema>): Promise<Officer> {
    const before = await this.reachable(actor, 'officer.write', id);
    if (input.staffKind === 'other' && before.staff_kind !== 'other') {
      const held = await this.heldCertificates(id);
      if (held.length)
        throw new AppError(
          'CONFLICT',
          `该人员持有未注销的证件 (${held.map((c) => c.number).join('、')}), 其他人员不得持证执法, 请先注销证件`,
        );
    }
    const set: Partial<OfficerTable> = { ...officerChanges(input), updated_at: new Date().toISOString() };
    if (input.phone !== undefined)
      set.phone_enc = input.phone ? encryptField(this.keyring, input.phone) : null;
    const beforePhone = before.phone_enc ? decryptField(this.keyring, before.phone_enc) : null;
    await this.db.transaction().execute(async (trx) => {
      await repo.updateOfficer(trx, id, set);
      await recordAudit(trx, auditActor(actor), {
        action: 'officer.update',
        targetType: 'officer',
        targetId: id,
        detail: {
          before: auditView(before, undefined, input.phone === undefined ? undefined : beforePhone),
          after: auditView({ ...before, ...set }, undefined, input.phone),
          ...(input.photo !== undefined ? { photo: input.photo ? '已更新' : '已删除' } : {}),
        },
      });
    });
    return this.get(actor, id);
  }

  /** Imports officers (and certificates on the same rows) from an uploaded table; see importOfficers. */
  import(actor: UserActor, rows: TableRow[]): Promise<ImportResult> {
    return importOfficers({ db: this.db, keyring: this.keyring }, actor, rows);
  }

  /**
   * Writes prepared rows (officers with history, certificates with events, training, exams) in
   * one transaction with one audit entry: for loading the demo province quickly, not for users.
   */
  async loadPrepared(actor: Actor, batch: RowBatch, note: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await writeBatch(trx, batch);
      await recordAudit(trx, actor, {
        action: 'officer.load',
        targetType: 'officer',
        detail: {
          note,
          officers: batch.officers?.length ?? 0,
          certificates: batch.certificates?.length ?? 0,
        },
      });
    });
  }

  /** The officer's certificates still in force today (valid or suspended). */
  async heldCertificates(officerId: string): Promise<CertificateTable[]> {
    const today = todayInShanghai();
    return (await repo.certificatesOf(this.db, [officerId])).filter((c) =>
      ['valid', 'suspended'].includes(currentStatus(c.status, c.expiry_date, today)),
    );
  }

  /** The officer's photo, if one was uploaded. */
  async photo(actor: UserActor, id: string): Promise<{ type: string; body: Buffer }> {
    const row = await this.reachable(actor, 'officer.read', id);
    const photo = row.photo ? photoBytes(row.photo) : null;
    if (!photo) throw new AppError('NOT_FOUND', '该执法人员未上传照片');
    return photo;
  }

  /** Moves an officer to another org (调动); the certificates follow. */
  transfer(actor: UserActor, id: string, input: OfficerTransfer): Promise<Officer> {
    return transferOfficer({ db: this.db, officers: this }, actor, id, input);
  }

  /** Records an officer leaving (离岗); valid and suspended certificates are cancelled. */
  leave(actor: UserActor, id: string, input: OfficerLeave): Promise<Officer> {
    return officerLeaves({ db: this.db, officers: this }, actor, id, input);
  }

  /** The posts the officer held, newest first. */
  async posts(actor: UserActor, id: string): Promise<OfficerPost[]> {
    await this.reachable(actor, 'officer.read', id);
    return (await repo.postsOf(this.db, id)).map((p) => ({
      id: p.id,
      orgId: p.org_id,
      orgName: p.org_name,
      post: p.post,
      fromDate: p.from_date,
      toDate: p.to_date,
      reason: p.reason,
    }));
  }
}
