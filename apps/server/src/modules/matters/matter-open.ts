import type { MatterCreateSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { matterEvent } from './matter-events.ts';
import type { MatterPorts } from './matter-ports.ts';
import { actorLabel, reaches } from './matters.policy.ts';
import * as repo from './matters.repository.ts';

/** Work done in the opening transaction, given the new matter's id and number. */
export type OpenedWithin = (trx: Db, matter: { id: string; number: string }) => Promise<void>;

/** Org kinds a matter may be about: enforcement bodies, townships under 综合执法 included. */
const SUPERVISED_KINDS = new Set(['agency', 'township_government']);
/** Origins that must name what they came from. */
const NEEDS_REF = new Set(['complaint', 'plan_task', 'campaign', 'case_review']);

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * Opens a matter: the supervising org is the user's own justice bureau (or the nearest one above
 * their unit); the agency must be within the user's handling scope; cases and warnings must be the
 * agency's, the warnings still open; the warnings become `matter` with a history line. Returns the id.
 * `within` runs in the same transaction once the matter is written, so whatever the matter came from
 * (a campaign finding, say) is linked to it atomically: if `within` throws, no matter is opened.
 */
export async function openMatter(
  db: Db,
  ports: MatterPorts,
  actor: UserActor,
  input: z.output<typeof MatterCreateSchema>,
  within?: OpenedWithin,
): Promise<string> {
  const [agency, own] = await Promise.all([
    ports.orgs.findById(input.agencyId),
    ports.orgs.findById(actor.orgId),
  ]);
  if (
    !agency ||
    !reaches(actor, 'matter.handle', {
      agency_org_id: agency.id,
      agency_path: agency.path,
      region_code: agency.region_code,
    })
  )
    throw new AppError('NOT_FOUND', '执法机关不存在或不在您的监督范围内');
  if (!SUPERVISED_KINDS.has(agency.kind)) throw invalid('agencyId', '被监督单位应为行政执法主体');
  const supervisor = own?.kind === 'supervisor' ? own : await nearestSupervisor(ports, own?.path ?? '');
  if (!supervisor) throw new AppError('FORBIDDEN', '只有司法行政机关 (执法监督机构) 的人员可以立项监督');
  if (NEEDS_REF.has(input.origin) && !input.originRef)
    throw invalid('originRef', '请注明事项来源 (如投诉编号、评查案卷)');
  if (input.origin === 'warning' && !input.warningIds.length)
    throw invalid('warningIds', '由预警立项时请选择预警');

  const warnings = input.warningIds.length ? await ports.warnings.forMatter(actor, input.warningIds) : [];
  if (warnings.some((w) => w.agencyOrgId !== agency.id))
    throw invalid('warningIds', '所选预警应属于同一执法机关, 即被监督单位');
  const caseIds = [...new Set([...input.caseIds, ...warnings.flatMap((w) => (w.caseId ? [w.caseId] : []))])];
  if (input.scope === 'single' && caseIds.length > 1)
    throw invalid('scope', '所选预警涉及多件案件, 请选择类案监督');
  const cases = await ports.cases.caseBriefs(caseIds);
  if (cases.length !== caseIds.length) throw invalid('caseIds', '所选案件不存在');
  if (cases.some((c) => !c.org_path.startsWith(agency.path)))
    throw invalid('caseIds', '所选案件应为被监督执法机关 (或其下属单位) 办理的案件');

  const today = ports.clock.today();
  const year = Number(today.slice(0, 4));
  const id = newId();
  for (let attempt = 0; ; attempt += 1) {
    try {
      await db.transaction().execute(async (trx) => {
        const seq = await repo.nextMatterSeq(trx, supervisor.id, year);
        const number = `${supervisor.short_name ?? supervisor.name}监督〔${year}〕${seq}号`;
        const now = ports.clock.now();
        await repo.insertMatter(trx, {
          id,
          number,
          org_id: supervisor.id,
          agency_org_id: agency.id,
          region_code: agency.region_code,
          title: input.title,
          scope: input.scope,
          mode: input.mode,
          track: input.track,
          origin: input.origin,
          origin_ref: input.originRef ?? null,
          problems: JSON.stringify(input.problems),
          description: input.description,
          status: 'open',
          due_on: null,
          opened_on: today,
          opened_by: actorLabel(actor),
          closed_on: null,
          conclusion: null,
          year,
          seq,
          created_at: now,
          updated_at: now,
        });
        await repo.linkCases(trx, id, caseIds);
        await repo.linkWarnings(trx, id, input.warningIds);
        if (warnings.length) await ports.warnings.markMatter(trx, actor, input.warningIds, number);
        await repo.insertEvents(trx, [
          matterEvent(ports.clock.now(), id, 'opened', actor, `${number} ${input.title}`),
        ]);
        await recordAudit(trx, auditActor(actor), {
          action: 'matter.open',
          targetType: 'matter',
          targetId: id,
          detail: {
            number,
            agency: agency.id,
            origin: input.origin,
            originRef: input.originRef ?? null,
            cases: caseIds.length,
            warnings: input.warningIds.length,
          },
        });
        if (within) await within(trx, { id, number });
      });
      return id;
    } catch (error) {
      if (attempt < 3 && /unique|UNIQUE/.test(String((error as Error).message))) continue;
      throw error;
    }
  }
}

/** The nearest justice bureau above a unit (a 监督局 inside a 司法局 acts for it). */
async function nearestSupervisor(ports: MatterPorts, path: string) {
  const ids = path.split('/').filter(Boolean).reverse();
  const orgs = await ports.orgs.findByIds(ids);
  for (const id of ids) {
    const org = orgs.find((o) => o.id === id);
    if (org?.kind === 'supervisor') return org;
  }
  return null;
}
