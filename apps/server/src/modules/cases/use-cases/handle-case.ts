import type { CaseOpen, CaseRefusal, CaseStage } from '@jiandu/contracts/case-handling';
import { EVENT_TYPE_LABELS } from '@jiandu/contracts/case-labels';
import { type CaseEvent, type CaseRecord, CaseRecordSchema } from '@jiandu/contracts/exchange';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import { scopeReaches } from '../../../platform/authz/scope.ts';
import type { CalendarService } from '../../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import { isUniqueViolation } from '../../../platform/db/dialect.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { AgencyService } from '../../agencies/agencies.service.ts';
import type { CatalogueService } from '../../catalogue/catalogue.service.ts';
import type { CertificateService } from '../../officers/certificates.service.ts';
import type { OrgService } from '../../orgs/orgs.service.ts';
import { recordFromStored, storedFormOf } from '../case-content.ts';
import { type GuardContext, officersRefusal, refusalsFor } from '../case-guards.ts';
import * as repo from '../cases.repository.ts';

/** What handling a case needs from the rest of the platform. */
export interface HandlingDeps {
  db: Db;
  keyring: Keyring;
  orgs: OrgService;
  calendar: CalendarService;
  certificates: CertificateService;
  catalogue: CatalogueService;
  agencies: AgencyService;
}

/** The source key of the cases an agency handles in Jiandu. */
export const nativeKey = (orgId: string) => `native:${orgId}`;

function refused(refusals: CaseRefusal[]): AppError {
  return new AppError('CASE_REFUSED', refusals.map((r) => `${r.message} (${r.basis})`).join('; '), {
    refusals,
  });
}

async function guardContext(deps: HandlingDeps, numbers: string[], day: string): Promise<GuardContext> {
  const holders = await deps.certificates.officersByCertificate(numbers, day);
  return { holders, calendar: await deps.calendar.calendar(), today: todayInShanghai() };
}

/** The agency an actor may handle (or publish) cases for, or NOT_FOUND. */
export async function writableAgency(
  deps: HandlingDeps,
  actor: UserActor,
  agencyId: string,
  permission: 'case.write' | 'case.publish' = 'case.write',
) {
  const org = await deps.orgs.findById(agencyId);
  if (org?.kind !== 'agency' || !org.credit_code) throw new AppError('NOT_FOUND', '执法主体不存在');
  const scoped = { id: org.id, path: org.path, regionCode: org.region_code };
  if (!scopeReaches(scopesFor(actor, permission), scoped))
    throw new AppError('NOT_FOUND', '执法主体不存在或不在您的数据范围内');
  return org;
}

/** Stores a validated record as a new case or a new version of one. */
export async function storeVersion(
  deps: HandlingDeps,
  trx: Db,
  actor: UserActor,
  record: CaseRecord,
  target: { id: string; orgId: string; regionCode: string; isNew: boolean },
): Promise<void> {
  const parsed = CaseRecordSchema.parse(record);
  const form = storedFormOf(parsed, JSON.stringify(parsed), deps.keyring);
  const now = new Date().toISOString();
  const audit = auditActor(actor);
  if (target.isNew)
    await repo.insertCases(trx, [
      {
        id: target.id,
        source_key: nativeKey(target.orgId),
        source_id: null,
        external_id: parsed.externalId,
        version: parsed.version,
        org_id: target.orgId,
        region_code: target.regionCode,
        ...form.projection,
        derived_version: null,
        received_at: now,
        created_at: now,
      },
    ]);
  else
    await repo.updateCase(trx, target.id, {
      version: parsed.version,
      ...form.projection,
      derived_version: null,
      received_at: now,
    });
  await repo.insertVersions(trx, [
    {
      id: newId(),
      case_id: target.id,
      region_code: target.regionCode,
      version: parsed.version,
      content: form.content,
      party_secret: form.partySecret,
      content_hash: form.contentHash,
      received_at: now,
      received_by: audit.name,
    },
  ]);
}

/**
 * Opens a case (立案, or 受理 for acts without filing) for an agency that handles cases in Jiandu.
 * Refused, naming the rule, when the item is not in the agency's catalogue, the agency is not a
 * confirmed enforcement subject that day, or fewer than two certified officers act.
 */
export async function openCase(deps: HandlingDeps, actor: UserActor, input: CaseOpen): Promise<string> {
  const org = await writableAgency(deps, actor, input.agencyId);
  const day = input.openedOn.slice(0, 10);
  const refusals: CaseRefusal[] = [];
  if (day > todayInShanghai())
    refusals.push({ rule: 'FUTURE_DATE', basis: '全过程记录', message: `立案日期 ${day} 晚于今天` });
  const item = await deps.catalogue.itemOn({
    agencyCreditCode: org.credit_code!,
    itemCode: input.itemCode,
    date: day,
  });
  if (!item.inCatalogue)
    refusals.push({ rule: 'ITEM_NOT_IN_CATALOGUE', basis: '清单之外无执法', message: item.reason });
  else if (item.kind !== input.kind)
    refusals.push({
      rule: 'ITEM_KIND_MISMATCH',
      basis: '行政执法事项目录',
      message: `执法事项 ${input.itemCode} 的类别与所选执法行为类别不一致`,
    });
  const qualification = await deps.agencies.qualificationOn(org.id, day);
  if (!qualification.qualified)
    refusals.push({
      rule: 'AGENCY_NOT_QUALIFIED',
      basis: '行政处罚法第十七条、主体资格确认',
      message: qualification.reason,
    });
  const opening: CaseEvent = {
    type: input.kind === 'penalty' && input.procedure === 'general' ? 'filed' : 'accepted',
    at: input.openedOn,
    ...(input.note ? { note: input.note } : {}),
  };
  const draft: CaseRecord = {
    externalId: 'pending',
    version: 1,
    agencyCreditCode: org.credit_code!,
    itemCode: input.itemCode,
    kind: input.kind,
    ...(input.procedure ? { procedure: input.procedure } : {}),
    title: input.title,
    party: input.party,
    ...(input.violationEndedAt ? { violationEndedAt: input.violationEndedAt } : {}),
    officers: input.officers,
    major: input.major,
    events: [opening],
    evidence: [],
  };
  const officers = officersRefusal(draft, await guardContext(deps, input.officers, day), day);
  if (officers) refusals.push(officers);
  if (refusals.length) throw refused(refusals);

  const year = day.slice(0, 4);
  const prefix = `${org.short_name ?? org.name}${opening.type === 'filed' ? '立' : '受'}〔${year}〕`;
  for (let attempt = 0; ; attempt += 1) {
    const id = newId();
    try {
      await deps.db.transaction().execute(async (trx) => {
        const sequence = (await repo.countNative(trx, nativeKey(org.id), prefix)) + 1;
        const record = { ...draft, externalId: `${prefix}${sequence}号` };
        await storeVersion(deps, trx, actor, record, {
          id,
          orgId: org.id,
          regionCode: org.region_code,
          isNew: true,
        });
        await recordAudit(trx, auditActor(actor), {
          action: 'case.open',
          targetType: 'case',
          targetId: id,
          detail: { caseNumber: record.externalId, agency: org.name, item: input.itemCode, kind: input.kind },
        });
      });
      return id;
    } catch (error) {
      // Two cases opened at the same moment took the same number: take the next one.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/**
 * Records one stage of a native case as a new version, after the guards of the law: the stage's
 * prerequisites, certified officers, legal review, prior notice, the hearing period, the limits
 * of the simple procedure. A refusal changes nothing.
 */
export async function recordStage(
  deps: HandlingDeps,
  actor: UserActor,
  caseId: string,
  input: CaseStage,
): Promise<void> {
  const current = await repo.findNative(deps.db, caseId);
  if (!current) throw new AppError('NOT_FOUND', '案件不存在');
  await writableAgency(deps, actor, current.org_id);
  if (!current.source_key.startsWith('native:'))
    throw new AppError('CONFLICT', '该案件由执法机关的办案系统报送, 只能在来源系统中修改');
  if (current.version !== input.expectedVersion)
    throw new AppError('CONFLICT', `案件已被他人更新 (当前第 ${current.version} 版), 请刷新后再记录`);
  const record = recordFromStored(current.content, current.party_secret, deps.keyring);
  const event = {
    type: input.type,
    at: input.at,
    ...(input.reviewer ? { reviewer: input.reviewer } : {}),
    ...(input.opinion ? { opinion: input.opinion } : {}),
    ...(input.days ? { days: input.days } : {}),
    ...(input.note ? { note: input.note } : {}),
  } as CaseEvent;
  const missing = stageFieldsMissing(record.kind, event, input);
  if (missing) throw new AppError('VALIDATION_FAILED', missing);
  const day = input.at.slice(0, 10);
  const next: CaseRecord = { ...record, version: record.version + 1, events: [...record.events, event] };
  if (event.type === 'decided' && input.decision) {
    const year = day.slice(0, 4);
    const org = (await deps.orgs.findById(current.org_id))!;
    const prefix = `${org.short_name ?? org.name}罚决〔${year}〕`;
    const sequence = (await repo.countDecisions(deps.db, nativeKey(current.org_id), year)) + 1;
    next.decision = { ...input.decision, documentNumber: `${prefix}${sequence}号` };
  }
  const numbers = [...record.officers, ...(event.reviewer ? [event.reviewer] : [])];
  const refusals = refusalsFor(next, event, await guardContext(deps, numbers, day));
  if (refusals.length) throw refused(refusals);
  await deps.db.transaction().execute(async (trx) => {
    await storeVersion(deps, trx, actor, next, {
      id: current.id,
      orgId: current.org_id,
      regionCode: current.region_code,
      isNew: false,
    });
    await recordAudit(trx, auditActor(actor), {
      action: 'case.stage',
      targetType: 'case',
      targetId: current.id,
      detail: {
        caseNumber: record.externalId,
        stage: EVENT_TYPE_LABELS[event.type],
        day,
        version: next.version,
      },
    });
  });
}

function stageFieldsMissing(kind: CaseRecord['kind'], event: CaseEvent, input: CaseStage): string | null {
  if (event.type === 'legal_review' && (!input.reviewer || !input.opinion))
    return '法制审核须填写审核人员执法证号和审核意见';
  if (event.type === 'extension_approved' && (!input.days || !input.note))
    return '延期审批须填写延长天数和批准情况';
  if (event.type === 'decided' && kind === 'penalty' && !input.decision)
    return '作出决定须填写处罚内容、情节、违法事实和处罚依据';
  return null;
}
