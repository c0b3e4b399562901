import { type QualificationContent, qualificationProblems } from '@jiandu/contracts/agencies';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { isUniqueViolation } from '../../../platform/db/dialect.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { currentVersion, workingVersion } from '../agencies.policy.ts';
import * as repo from '../agencies.repository.ts';
import type { AgencyQualificationTable } from '../agencies.table.ts';
import { type AgencyDeps, agencyFor, assertMoved, dateOr, recordStep } from './agency-access.ts';

type Content = Pick<
  AgencyQualificationTable,
  | 'authority'
  | 'legal_bases'
  | 'fields'
  | 'entrusting_body'
  | 'entrusted_scope'
  | 'entrusted_powers'
  | 'term_start'
  | 'term_end'
  | 'note'
>;

/** Checks a draft's content and turns it into columns; entrustment is kept only when entrusted. */
function contentColumns(input: QualificationContent): Content {
  const problems = qualificationProblems(input);
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), { errors: problems });
  const entrusted = input.authority === 'entrusted' ? (input.entrustment ?? {}) : {};
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  return {
    authority: input.authority,
    legal_bases: JSON.stringify(
      input.legalBases.map((b) => ({ law: b.law.trim(), article: text(b.article) })),
    ),
    fields: JSON.stringify([...new Set(input.fields)]),
    entrusting_body: text(entrusted.entrustingBody),
    entrusted_scope: text(entrusted.scope),
    entrusted_powers: text(entrusted.powers),
    term_start: text(entrusted.startDate),
    term_end: text(entrusted.endDate),
    note: text(input.note),
  };
}

function view(c: Content) {
  return {
    authority: c.authority,
    legalBases: JSON.parse(c.legal_bases),
    fields: JSON.parse(c.fields),
    entrustingBody: c.entrusting_body,
    termStart: c.term_start,
    termEnd: c.term_end,
  };
}

/**
 * Creates the agency's draft, or edits the draft in progress. A draft beside a qualification in
 * force is a new version, which supersedes the old one only once it is confirmed.
 */
export async function saveDraft(
  deps: AgencyDeps,
  actor: UserActor,
  orgId: string,
  input: QualificationContent,
  options: { date?: string } = {},
): Promise<void> {
  const org = await agencyFor(deps, actor, orgId, 'agency.write');
  if (org.status !== 'active') throw new AppError('CONFLICT', '该单位已停用, 不能填报主体资格');
  const content = contentColumns(input);
  const date = dateOr(options.date, '起草日期');
  const versions = await repo.versionsOf(deps.db, orgId);
  const working = workingVersion(versions);
  if (working?.status === 'submitted')
    throw new AppError('CONFLICT', '该版本已提交, 正在等待确认, 不能修改; 如需修改, 请监督机构退回');
  const now = new Date().toISOString();
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (working) {
        assertMoved(await repo.updateVersion(trx, working.id, 'draft', { ...content, updated_at: now }));
        await recordAudit(trx, auditActor(actor), {
          action: 'agency.qualification.update',
          targetType: 'agency',
          targetId: orgId,
          detail: { version: working.version, before: view(working), after: view(content) },
        });
        return;
      }
      const row: AgencyQualificationTable = {
        id: newId(),
        org_id: orgId,
        region_code: org.region_code,
        version: (await repo.maxVersion(trx, orgId)) + 1,
        status: 'draft',
        is_current: currentVersion(versions) ? 0 : 1,
        ...content,
        confirmed_on: null,
        published_on: null,
        superseded_on: null,
        revoked_on: null,
        revocation_reason: null,
        created_at: now,
        updated_at: now,
      };
      await repo.insertVersion(trx, row);
      await recordStep(trx, actor, row, 'draft', { effectiveDate: date, detail: { after: view(content) } });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONFLICT', '该执法主体的主体资格正由他人同时填报, 请刷新后重试');
    throw error;
  }
}

/** Submits the draft to the supervisor for confirmation. */
export async function submitQualification(
  deps: AgencyDeps,
  actor: UserActor,
  orgId: string,
  options: { date?: string } = {},
): Promise<void> {
  await agencyFor(deps, actor, orgId, 'agency.write');
  const working = workingVersion(await repo.versionsOf(deps.db, orgId));
  if (!working) throw new AppError('CONFLICT', '没有可提交的草稿, 请先填写主体资格');
  if (working.status === 'submitted') throw new AppError('CONFLICT', '该版本已提交, 不能重复提交');
  const date = dateOr(options.date, '提交日期');
  await deps.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    assertMoved(await repo.updateVersion(trx, working.id, 'draft', { status: 'submitted', updated_at: now }));
    await recordStep(trx, actor, working, 'submit', { effectiveDate: date });
  });
}
