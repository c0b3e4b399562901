import type {
  EquipmentIssue,
  EquipmentIssueCreate,
  EquipmentIssueUpdate,
  EquipmentListQuery,
  EquipmentOfficerOption,
  EquipmentReturnCreate,
  EquipmentState,
  EquipmentSummaryQuery,
  EquipmentSummaryRow,
} from '@jiandu/contracts/equipment';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import * as repo from './equipment.repository.ts';
import type { EquipmentIssueTable, EquipmentReturnTable } from './equipment.table.ts';

type Permission = 'equipment.read' | 'equipment.write';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

function stateOf(row: EquipmentIssueTable): EquipmentState {
  if (row.returned_quantity === 0) return 'in_use';
  return row.returned_quantity >= row.quantity ? 'returned' : 'partly_returned';
}

function present(row: repo.IssueRow, returns: EquipmentReturnTable[]): EquipmentIssue {
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    officerId: row.officer_id,
    officerName: row.officer_name,
    category: row.category,
    itemName: row.item_name,
    specification: row.specification,
    serialNumber: row.serial_number,
    quantity: row.quantity,
    issuedOn: row.issued_on,
    returnedQuantity: row.returned_quantity,
    returnedOn: row.returned_on,
    inUse: row.quantity - row.returned_quantity,
    state: stateOf(row),
    note: row.note,
    returns: returns
      .filter((r) => r.issue_id === row.id)
      .map((r) => ({
        id: r.id,
        returnedOn: r.returned_on,
        quantity: r.quantity,
        note: r.note,
        createdAt: r.created_at,
      })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function auditView(row: EquipmentIssueTable) {
  return {
    orgId: row.org_id,
    officerId: row.officer_id,
    category: row.category,
    itemName: row.item_name,
    specification: row.specification,
    serialNumber: row.serial_number,
    quantity: row.quantity,
    issuedOn: row.issued_on,
    note: row.note,
  };
}

/**
 * The equipment register (制式服装、标志标识、装备): items issued to an org or its officers and taken
 * back, all at once or in part. Agency staff keep their own org's register; supervisors see their subtree.
 */
export class EquipmentService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
  ) {}

  async #present(rows: repo.IssueRow[]): Promise<EquipmentIssue[]> {
    const returns = await repo.returnsOf(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => present(r, returns));
  }

  /** One page of the register within the actor's scope. */
  async list(actor: UserActor, filter: EquipmentListQuery, page: PageQuery): Promise<Page<EquipmentIssue>> {
    const { total, rows } = await repo.listIssues(this.db, scopesFor(actor, 'equipment.read'), filter, page);
    return { items: await this.#present(rows), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every issue within the actor's scope matching the filter (export). */
  async listAll(actor: UserActor, filter: EquipmentListQuery): Promise<EquipmentIssue[]> {
    return this.#present(await repo.listAllIssues(this.db, scopesFor(actor, 'equipment.read'), filter));
  }

  /** Per org and item: issued − returned = in use; one page, or all of it for export. */
  async summary(
    actor: UserActor,
    filter: EquipmentSummaryQuery,
    page: PageQuery | null,
  ): Promise<Page<EquipmentSummaryRow>> {
    const { total, rows } = await repo.summarise(this.db, scopesFor(actor, 'equipment.read'), filter, page);
    return {
      items: rows.map((r) => ({
        orgId: r.org_id,
        orgName: r.org_name,
        category: r.category,
        itemName: r.item_name,
        issued: r.issued,
        returned: r.returned,
        inUse: r.issued - r.returned,
        officers: r.officers,
      })),
      total,
      page: page?.page ?? 1,
      pageSize: page?.pageSize ?? total,
    };
  }

  async #reachable(actor: UserActor, permission: Permission, id: string): Promise<repo.IssueRow> {
    const row = await repo.findIssue(this.db, id);
    const org = row && { id: row.org_id, path: row.org_path, regionCode: row.org_region_code };
    if (!row || !org || !scopeReaches(scopesFor(actor, 'equipment.read'), org))
      throw new AppError('NOT_FOUND', '发放记录不存在');
    if (permission === 'equipment.write' && !scopeReaches(scopesFor(actor, 'equipment.write'), org))
      throw new AppError('FORBIDDEN', '该单位不在您的管理范围内');
    return row;
  }

  /** One issue with its returns. */
  async get(actor: UserActor, id: string): Promise<EquipmentIssue> {
    return (await this.#present([await this.#reachable(actor, 'equipment.read', id)]))[0]!;
  }

  async #writableOrg(actor: UserActor, orgId: string) {
    const org = await this.orgs.findById(orgId);
    const reach = org && { id: org.id, path: org.path, regionCode: org.region_code };
    if (!org || !reach || !scopeReaches(scopesFor(actor, 'equipment.write'), reach))
      throw invalid('orgId', '单位不存在或不在您的管理范围内');
    return org;
  }

  async #checkOfficer(orgId: string, officerId: string): Promise<void> {
    const officer = await repo.findOfficer(this.db, officerId);
    if (!officer || officer.org_id !== orgId) throw invalid('officerId', '领用人不是该单位的执法人员');
    if (officer.status !== 'active') throw invalid('officerId', `${officer.name} 已离岗, 不能再领用`);
  }

  /** The officers on duty in an org the actor manages, for the issue form. */
  async officerOptions(actor: UserActor, orgId: string): Promise<EquipmentOfficerOption[]> {
    const org = await this.orgs.findById(orgId);
    const reach = org && { id: org.id, path: org.path, regionCode: org.region_code };
    if (!reach || !scopeReaches(scopesFor(actor, 'equipment.read'), reach))
      throw new AppError('NOT_FOUND', '单位不存在');
    return repo.officersOf(this.db, orgId);
  }

  /** Issues items to an org, or to one of its officers. */
  async issue(actor: UserActor, input: EquipmentIssueCreate): Promise<EquipmentIssue> {
    const org = await this.#writableOrg(actor, input.orgId);
    if (input.officerId) await this.#checkOfficer(org.id, input.officerId);
    if (input.issuedOn > todayInShanghai()) throw invalid('issuedOn', '发放日期不能晚于今天');
    const now = new Date().toISOString();
    const row: EquipmentIssueTable = {
      id: newId(),
      org_id: org.id,
      officer_id: input.officerId ?? null,
      category: input.category,
      item_name: input.itemName,
      specification: input.specification || null,
      serial_number: input.serialNumber || null,
      quantity: input.quantity,
      issued_on: input.issuedOn,
      returned_quantity: 0,
      returned_on: null,
      note: input.note || null,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertIssue(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'equipment.issue',
        targetType: 'equipment_issue',
        targetId: row.id,
        detail: { after: auditView(row) },
      });
    });
    return this.get(actor, row.id);
  }

  /** Corrects an issue; the quantity cannot drop below what has already come back. */
  async update(actor: UserActor, id: string, changes: EquipmentIssueUpdate): Promise<EquipmentIssue> {
    const before = await this.#reachable(actor, 'equipment.write', id);
    const set: Partial<EquipmentIssueTable> = { updated_at: new Date().toISOString() };
    if (changes.officerId !== undefined) {
      if (changes.officerId) await this.#checkOfficer(before.org_id, changes.officerId);
      set.officer_id = changes.officerId ?? null;
    }
    if (changes.category !== undefined) set.category = changes.category;
    if (changes.itemName !== undefined) set.item_name = changes.itemName;
    if (changes.specification !== undefined) set.specification = changes.specification || null;
    if (changes.serialNumber !== undefined) set.serial_number = changes.serialNumber || null;
    if (changes.quantity !== undefined) set.quantity = changes.quantity;
    if (changes.issuedOn !== undefined) set.issued_on = changes.issuedOn;
    if (changes.note !== undefined) set.note = changes.note || null;
    const after: EquipmentIssueTable = { ...before, ...set };
    if (after.quantity < before.returned_quantity)
      throw invalid('quantity', `已收回 ${before.returned_quantity} 件, 发放数量不能少于已收回数量`);
    if (after.serial_number && after.quantity !== 1) throw invalid('quantity', '登记序列号的物品数量应为1');
    if (after.issued_on > todayInShanghai()) throw invalid('issuedOn', '发放日期不能晚于今天');
    const returns = await repo.returnsOf(this.db, [id]);
    if (returns.some((r) => r.returned_on < after.issued_on))
      throw invalid('issuedOn', '发放日期不能晚于已登记的收回日期');
    await this.db.transaction().execute(async (trx) => {
      await repo.updateIssue(trx, id, set);
      await recordAudit(trx, auditActor(actor), {
        action: 'equipment.update',
        targetType: 'equipment_issue',
        targetId: id,
        detail: { before: auditView(before), after: auditView(after) },
      });
    });
    return this.get(actor, id);
  }

  /** Takes back all or part of what is still in use. */
  async recordReturn(actor: UserActor, id: string, input: EquipmentReturnCreate): Promise<EquipmentIssue> {
    const issue = await this.#reachable(actor, 'equipment.write', id);
    const inUse = issue.quantity - issue.returned_quantity;
    if (inUse <= 0) throw new AppError('CONFLICT', '该发放记录已全部收回');
    if (input.quantity > inUse) throw invalid('quantity', `收回数量不能超过在用数量 (在用 ${inUse})`);
    if (input.returnedOn < issue.issued_on) throw invalid('returnedOn', '收回日期不能早于发放日期');
    if (input.returnedOn > todayInShanghai()) throw invalid('returnedOn', '收回日期不能晚于今天');
    const row: EquipmentReturnTable = {
      id: newId(),
      issue_id: id,
      returned_on: input.returnedOn,
      quantity: input.quantity,
      note: input.note || null,
      created_at: new Date().toISOString(),
      created_by: actor.userId,
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertReturn(trx, row);
      if (!(await repo.addReturned(trx, id, input.quantity, input.returnedOn, row.created_at)))
        throw new AppError('CONFLICT', '收回数量超过在用数量 (可能已有人同时登记了收回), 请刷新后重试');
      await recordAudit(trx, auditActor(actor), {
        action: 'equipment.return',
        targetType: 'equipment_issue',
        targetId: id,
        detail: {
          returnId: row.id,
          returnedOn: row.returned_on,
          quantity: row.quantity,
          before: { returnedQuantity: issue.returned_quantity },
          after: { returnedQuantity: issue.returned_quantity + input.quantity },
        },
      });
    });
    return this.get(actor, id);
  }
}
