import type { ImportResult } from '@jiandu/contracts/orgs';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import { encryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';
import { certificateKindProblem, currentStatus } from './certificate-rules.ts';
import * as certificates from './certificates.repository.ts';
import { auditView } from './officers.present.ts';
import * as repo from './officers.repository.ts';
import type { CertificateTable, OfficerTable } from './officers.table.ts';
import {
  certificateRows,
  firstPost,
  idNumberIndex,
  officerRow,
  type RowBatch,
  writeBatch,
} from './officers-bulk.ts';
import { type ParsedRow, parseRow } from './officers-import.ts';

/** Rows saved per transaction: large enough to be quick, small enough not to hold the write lock long. */
export const IMPORT_BATCH = 500;

type Org = Awaited<ReturnType<typeof repo.orgsInScope>>[number];

/** A row ready to save: a new officer, or changes to one already registered. */
interface Plan {
  row: number;
  parsed: ParsedRow;
  org: Org;
  existing: repo.OfficerRow | undefined;
  issue: boolean;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

async function inChunks<T, R>(items: readonly T[], load: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += 500) out.push(...(await load(items.slice(i, i + 500))));
  return out;
}

/**
 * Imports officers (and certificates carried on the same row) from a table. Every row is checked
 * on its own, against the rest of the file and against the database — orgs in scope, registered
 * ID numbers and certificate numbers are loaded once, not per row — then good rows are saved in
 * batches of 500 per transaction; bad rows are reported with every reason and stop nothing else.
 * An ID number already registered in the same org updates that officer.
 */
export async function importOfficers(
  deps: { db: Db; keyring: Keyring },
  actor: UserActor,
  rows: TableRow[],
): Promise<ImportResult> {
  const { db, keyring } = deps;
  const today = todayInShanghai();
  const errors = new Map<number, string[]>();
  const fail = (row: number, ...messages: string[]) =>
    errors.set(row, [...(errors.get(row) ?? []), ...messages]);
  const orgs = await repo.orgsInScope(db, scopesFor(actor, 'officer.write'));
  const byCode = new Map(orgs.filter((o) => o.credit_code).map((o) => [o.credit_code!, o]));
  const byName = groupBy(orgs, (o) => o.name);
  const manage = scopesFor(actor, 'certificate.manage');

  const candidates: { parsed: ParsedRow; org: Org; index: string }[] = [];
  const seenIds = new Map<string, number>();
  const seenNumbers = new Map<string, number>();
  for (const row of rows) {
    const { parsed, messages } = parseRow(row, today);
    if (!parsed) {
      fail(row.row, ...messages);
      continue;
    }
    const named = byName.get(parsed.orgName) ?? [];
    const org = parsed.orgCode ? byCode.get(parsed.orgCode) : named.length === 1 ? named[0] : undefined;
    if (!org)
      messages.push(
        named.length > 1
          ? `单位名称不唯一: ${parsed.orgName}, 请填写统一社会信用代码`
          : `单位不存在或不在您的数据范围内: ${parsed.orgCode || parsed.orgName}`,
      );
    else if (org.status !== 'active') messages.push(`单位已停用: ${org.name}`);
    const index = idNumberIndex(keyring, parsed.idNumber);
    const firstId = seenIds.get(index);
    if (firstId !== undefined) messages.push(`身份证号与第${firstId}行重复`);
    else seenIds.set(index, row.row);
    const number = parsed.certificate?.number;
    if (number) {
      const firstNumber = seenNumbers.get(number);
      if (firstNumber !== undefined) messages.push(`证件编号与第${firstNumber}行重复: ${number}`);
      else seenNumbers.set(number, row.row);
    }
    if (messages.length || !org) fail(row.row, ...messages);
    else candidates.push({ parsed, org, index });
  }

  const existing = new Map(
    (await inChunks([...seenIds.keys()], (chunk) => repo.findByIdIndexes(db, chunk))).map((o) => [
      o.id_number_index,
      o,
    ]),
  );
  const taken = new Map(
    (await inChunks([...seenNumbers.keys()], (chunk) => certificates.numbersTaken(db, chunk))).map((c) => [
      c.number,
      c.officer_id,
    ]),
  );
  const held = groupBy(
    (
      await inChunks(
        [...existing.values()].map((o) => o.id),
        (chunk) => repo.certificatesOf(db, chunk),
      )
    ).filter((c) => ['valid', 'suspended'].includes(currentStatus(c.status, c.expiry_date, today))),
    (c) => c.officer_id,
  );

  const plans: Plan[] = [];
  for (const { parsed, org, index } of candidates) {
    const messages: string[] = [];
    const before = existing.get(index);
    if (before) {
      const visible = scopeReaches(scopesFor(actor, 'officer.write'), {
        id: before.org_id,
        path: before.org_path,
        regionCode: before.org_region_code,
      });
      if (!visible) messages.push('该身份证号已在您数据范围外的单位登记为执法人员, 一人只能登记一次');
      else if (before.org_id !== org.id)
        messages.push(`该人员已在${before.org_name}登记, 调动请在人员详情中办理`);
      else if (before.status === 'left') messages.push('该人员已离岗, 不能通过导入更新');
      else if (parsed.staffKind === 'other' && held.has(before.id))
        messages.push('该人员持有未注销的证件, 人员类别不能改为其他人员');
    }
    const cert = parsed.certificate;
    let issue = false;
    if (cert) {
      const holder = taken.get(cert.number);
      const type = cert.type ?? (org.kind === 'supervisor' ? 'supervision' : 'enforcement');
      cert.type = type;
      if (holder && holder !== before?.id) messages.push(`证件编号已被使用: ${cert.number}`);
      else if (!holder) {
        issue = true;
        const kindProblem = certificateKindProblem(org.kind, parsed.staffKind, type);
        if (kindProblem) messages.push(kindProblem);
        if (!scopeReaches(manage, { id: org.id, path: org.path, regionCode: org.region_code }))
          messages.push('您没有为该单位发放证件的权限, 请删去证件信息或由司法行政部门导入');
        const same = before ? held.get(before.id)?.find((c) => c.type === type) : undefined;
        if (same) messages.push(`该人员已持有有效证件 (编号 ${same.number}), 请先注销原证件再发新证`);
      }
    }
    if (messages.length) fail(parsed.row, ...messages);
    else plans.push({ row: parsed.row, parsed, org, existing: before, issue });
  }

  const result: ImportResult = { received: rows.length, created: 0, updated: 0, rejected: 0, errors: [] };
  for (let i = 0; i < plans.length; i += IMPORT_BATCH) {
    const batch = plans.slice(i, i + IMPORT_BATCH);
    try {
      await saveBatch(db, keyring, actor, batch, today);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone registered the same person or number meanwhile: save row by row to find which.
      for (const plan of batch) {
        try {
          await saveBatch(db, keyring, actor, [plan], today);
        } catch (rowError) {
          if (!isUniqueViolation(rowError)) throw rowError;
          fail(plan.row, '身份证号或证件编号刚被他人登记, 请核对后重试');
        }
      }
    }
  }
  for (const plan of plans) {
    if (errors.has(plan.row)) continue;
    if (plan.existing) result.updated += 1;
    else result.created += 1;
  }
  result.errors = [...errors.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, messages]) => ({ row, messages }));
  result.rejected = result.errors.length;
  return result;
}

/** Saves some planned rows in one transaction: inserts in bulk, updates one by one, one audit entry per row. */
async function saveBatch(db: Db, keyring: Keyring, actor: UserActor, plans: Plan[], today: string) {
  const now = new Date().toISOString();
  const who = auditActor(actor);
  const batch: Required<Pick<RowBatch, 'officers' | 'posts' | 'certificates' | 'events'>> = {
    officers: [],
    posts: [],
    certificates: [],
    events: [],
  };
  const audits: { id: string; mode: 'create' | 'update'; after: OfficerTable; number: string | null }[] = [];
  const updates: { id: string; set: Partial<OfficerTable> }[] = [];
  for (const { parsed, org, existing, issue } of plans) {
    const input = { ...parsed, orgId: org.id, regionCode: org.region_code };
    let officer: OfficerTable;
    if (existing) {
      const set: Partial<OfficerTable> = {
        name: parsed.name,
        post: parsed.post,
        staff_kind: parsed.staffKind,
        fields: JSON.stringify(parsed.fields),
        legal_qualification: parsed.legalQualification ? 1 : 0,
        legal_reviewer: parsed.legalReviewer ? 1 : 0,
        updated_at: now,
        ...(parsed.phone ? { phone_enc: encryptField(keyring, parsed.phone) } : {}),
      };
      updates.push({ id: existing.id, set });
      officer = { ...existing, ...set };
    } else {
      officer = officerRow(keyring, input, now);
      batch.officers.push(officer);
      batch.posts.push(firstPost(officer, today, now, '导入登记'));
    }
    let certificate: CertificateTable | null = null;
    if (issue && parsed.certificate) {
      const rows = certificateRows(
        {
          ...parsed.certificate,
          type: parsed.certificate.type ?? 'enforcement',
          officerId: officer.id,
          orgId: org.id,
          regionCode: org.region_code,
          fields: parsed.fields,
          actor: who.name,
        },
        now,
      );
      certificate = rows.certificate;
      batch.certificates.push(rows.certificate);
      batch.events.push(...rows.events);
    }
    audits.push({
      id: officer.id,
      mode: existing ? 'update' : 'create',
      after: officer,
      number: certificate?.number ?? null,
    });
  }
  await db.transaction().execute(async (trx) => {
    await writeBatch(trx, batch);
    for (const { id, set } of updates) await repo.updateOfficer(trx, id, set);
    for (const entry of audits)
      await recordAudit(trx, who, {
        action: 'officer.import',
        targetType: 'officer',
        targetId: entry.id,
        detail: { mode: entry.mode, after: auditView(entry.after), issuedCertificate: entry.number },
      });
  });
}
