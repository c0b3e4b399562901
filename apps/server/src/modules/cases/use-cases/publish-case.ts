import type { CaseRecord } from '@jiandu/contracts/exchange';
import type { PublicDecision } from '@jiandu/contracts/publicity';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordFromStored } from '../case-content.ts';
import * as repo from '../cases.repository.ts';
import { addMonths, ageOn, periodFor, publicContent } from '../publication-masking.ts';
import * as publications from '../publications.repository.ts';
import { type HandlingDeps, storeVersion, writableAgency } from './handle-case.ts';

const refuse = (rule: string, basis: string, message: string) =>
  new AppError('CASE_REFUSED', `${message} (${basis})`, { refusals: [{ rule, basis, message }] });

/** A decided case the actor may publish, with its record and what the publication would be. */
async function prepare(deps: HandlingDeps, actor: UserActor, caseId: string) {
  const current = await repo.findNative(deps.db, caseId);
  if (!current) throw new AppError('NOT_FOUND', '案件不存在');
  const org = await writableAgency(deps, actor, current.org_id, 'case.publish');
  const record = recordFromStored(current.content, current.party_secret, deps.keyring);
  const decided = record.events.find((e) => e.type === 'decided');
  if (!decided || (record.kind !== 'penalty' && record.kind !== 'license'))
    throw refuse('NOT_PUBLISHABLE', '国办发〔2018〕118号', '只有已作出的行政处罚和行政许可决定可以公示');
  const decidedOn = decided.at.slice(0, 10);
  const age = ageOn(record, decidedOn);
  if (age !== null && age < 18)
    throw refuse(
      'MINOR_NOT_PUBLISHED',
      '未成年人保护法; 行政处罚结果公开的个人信息保护规定',
      `当事人作出决定时未满十八周岁 (${age}岁), 涉及未成年人的案件不予公开`,
    );
  const period = periodFor(record, await publications.periods(deps.db));
  if (!period || period.months === null)
    throw refuse(
      'NOT_PUBLISHABLE',
      period?.basis ?? '公示期限表',
      period ? `按公示期限表 "${period.label}" 不予公示` : '公示期限表中没有适用于此决定的规则',
    );
  const publishedOn = todayInShanghai();
  const id = newId();
  const content = publicContent(record, {
    id,
    agencyName: org.name,
    agencyCreditCode: org.credit_code,
    decidedOn,
    publishedOn,
    expiresOn: addMonths(publishedOn, period.months),
  });
  return { current, org, record, period, content, publishedOn };
}

/** What the portal would show, for the agency to check before publishing. */
export async function previewPublication(
  deps: HandlingDeps,
  actor: UserActor,
  caseId: string,
): Promise<PublicDecision> {
  return (await prepare(deps, actor, caseId)).content;
}

/**
 * Publishes a decided case on the portal with personal data removed, for as long as the period
 * table says. A native case gets its `published` stage as a new version; a case received from a
 * source system keeps its record (the source reports its own publication).
 */
export async function publishCase(deps: HandlingDeps, actor: UserActor, caseId: string): Promise<void> {
  const { current, org, record, period, content, publishedOn } = await prepare(deps, actor, caseId);
  const existing = await publications.publicationsOf(deps.db, caseId);
  if (existing.some((p) => p.status === 'published')) throw new AppError('CONFLICT', '该决定已在公示中');
  await deps.db.transaction().execute(async (trx) => {
    await publications.insertPublication(trx, {
      id: content.id,
      case_id: caseId,
      org_id: org.id,
      region_code: current.region_code,
      status: 'published',
      document_number: content.documentNumber,
      title: content.title,
      party_name: content.partyName,
      decided_on: content.decidedOn,
      published_on: publishedOn,
      expires_on: content.expiresOn,
      period_label: period.label,
      content: JSON.stringify(content),
      withdrawn_on: null,
      withdraw_reason: null,
      created_by: auditActor(actor).name,
      created_at: new Date().toISOString(),
    });
    if (current.source_key.startsWith('native:')) {
      const next: CaseRecord = {
        ...record,
        version: record.version + 1,
        events: [...record.events, { type: 'published', at: publishedOn, url: `/decisions/${content.id}` }],
      };
      await storeVersion(deps, trx, actor, next, {
        id: caseId,
        orgId: org.id,
        regionCode: current.region_code,
        isNew: false,
      });
    }
    await recordAudit(trx, auditActor(actor), {
      action: 'case.publish',
      targetType: 'case',
      targetId: caseId,
      detail: { documentNumber: content.documentNumber, period: period.label, expiresOn: content.expiresOn },
    });
  });
}

/** Takes a publication off the portal (撤下), with the reason; a native case records the stage. */
export async function withdrawPublication(
  deps: HandlingDeps,
  actor: UserActor,
  caseId: string,
  reason: string,
): Promise<void> {
  const current = await repo.findNative(deps.db, caseId);
  if (!current) throw new AppError('NOT_FOUND', '案件不存在');
  const org = await writableAgency(deps, actor, current.org_id, 'case.publish');
  const live = (await publications.publicationsOf(deps.db, caseId)).find((p) => p.status === 'published');
  if (!live) throw new AppError('CONFLICT', '该决定当前没有在公示');
  const today = todayInShanghai();
  await deps.db.transaction().execute(async (trx) => {
    await publications.updatePublication(trx, live.id, {
      status: 'withdrawn',
      withdrawn_on: today,
      withdraw_reason: reason,
    });
    if (current.source_key.startsWith('native:')) {
      const record = recordFromStored(current.content, current.party_secret, deps.keyring);
      const next: CaseRecord = {
        ...record,
        version: record.version + 1,
        events: [...record.events, { type: 'withdrawn', at: today, note: reason }],
      };
      await storeVersion(deps, trx, actor, next, {
        id: caseId,
        orgId: org.id,
        regionCode: current.region_code,
        isNew: false,
      });
    }
    await recordAudit(trx, auditActor(actor), {
      action: 'case.withdraw_publication',
      targetType: 'case',
      targetId: caseId,
      detail: { documentNumber: live.document_number, reason },
    });
  });
}
