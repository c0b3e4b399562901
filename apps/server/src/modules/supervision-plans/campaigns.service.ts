import type {
  Campaign,
  CampaignCheckSchema,
  CampaignCreateSchema,
  CampaignFinishSchema,
  CampaignListQuerySchema,
  CampaignSummarySchema,
  FindingMatterSchema,
} from '@jiandu/contracts/campaigns';
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from '@jiandu/contracts/campaigns';
import type { MatterDetail } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { presentCampaign, presentCampaignSummary } from './campaigns.presenter.ts';
import * as repo from './campaigns.repository.ts';
import { assertPlans, canRead } from './plans.policy.ts';
import { findTask } from './plans.repository.ts';
import type { PlanPorts } from './plans.service.ts';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });
const label = (actor: UserActor) => `${actor.displayName}(${actor.orgName})`;

/**
 * Campaigns (专项监督): a bureau checks one field in its region over a period against a checklist,
 * agency by agency; problems found become matters of the campaign track. Audited throughout.
 */
export class CampaignService {
  constructor(
    private readonly db: Db,
    private readonly ports: PlanPorts,
  ) {}

  /** The campaigns the user may see, with their progress. */
  async list(
    actor: UserActor,
    filter: z.output<typeof CampaignListQuerySchema>,
  ): Promise<z.output<typeof CampaignSummarySchema>[]> {
    return (await repo.listCampaigns(this.db, scopesFor(actor, 'matter.read'), filter)).map(
      presentCampaignSummary,
    );
  }

  /** One campaign with its targets and findings. */
  async get(actor: UserActor, id: string): Promise<Campaign> {
    const row = await this.#visible(actor, id);
    const [targets, findings] = await Promise.all([
      repo.targetsOf(this.db, id),
      repo.findingsOf(this.db, id),
    ]);
    return presentCampaign(row, targets, findings);
  }

  /** Sets up a campaign: its bureau, field, region, period, checklist and the agencies it checks. */
  async create(actor: UserActor, input: z.output<typeof CampaignCreateSchema>): Promise<Campaign> {
    const org = await this.ports.orgs.findById(input.orgId);
    if (org?.kind !== 'supervisor') throw invalid('orgId', '专项监督应由司法行政机关 (执法监督机构) 组织');
    assertPlans(actor, { org_id: org.id, org_path: org.path, region_code: org.region_code });
    if (!input.regionCode.startsWith(org.region_code.replace(/0+$/, '')))
      throw invalid('regionCode', '监督区域应在本机关的行政区划范围内');
    const prefix = input.regionCode.replace(/(00)+$/, '');
    const agencies = await this.ports.orgs.findByIds(input.agencyIds);
    const outside = input.agencyIds.filter((id) => {
      const a = agencies.find((x) => x.id === id);
      return (
        !a ||
        !['agency', 'township_government'].includes(a.kind) ||
        !a.path.startsWith(org.path) ||
        !a.region_code.startsWith(prefix)
      );
    });
    if (outside.length)
      throw invalid('agencyIds', `有${outside.length}个被监督单位不是本机关监督范围内、该区域的行政执法主体`);
    if (input.planTaskId) {
      const task = await findTask(this.db, input.planTaskId);
      const plan = task
        ? await this.db
            .selectFrom('supervision_plan')
            .select('org_id')
            .where('id', '=', task.plan_id)
            .executeTakeFirst()
        : null;
      if (!plan || plan.org_id !== org.id) throw invalid('planTaskId', '所选计划任务不属于本机关的监督计划');
    }
    const id = newId();
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await repo.insertCampaign(
        trx,
        {
          id,
          org_id: org.id,
          plan_task_id: input.planTaskId,
          title: input.title,
          field: input.field,
          region_code: input.regionCode,
          period_from: input.periodFrom,
          period_to: input.periodTo,
          description: input.description,
          checklist: JSON.stringify(input.checklist),
          status: 'planned',
          conclusion: null,
          created_by: label(actor),
          created_at: now,
          updated_at: now,
        },
        [...new Set(input.agencyIds)],
      );
      await this.#audit(trx, actor, 'campaign.create', id, {
        title: input.title,
        agencies: input.agencyIds.length,
      });
    });
    return this.get(actor, id);
  }

  /** Starts the campaign's checks. */
  async start(actor: UserActor, id: string): Promise<Campaign> {
    await this.#writable(actor, id, 'planned', '开始');
    await this.db.transaction().execute(async (trx) => {
      await repo.changeCampaign(trx, id, 'planned', {
        status: 'active',
        updated_at: new Date().toISOString(),
      });
      await this.#audit(trx, actor, 'campaign.start', id, {});
    });
    return this.get(actor, id);
  }

  /** Records one agency's results against the checklist (again, to correct them). */
  async check(actor: UserActor, id: string, input: z.output<typeof CampaignCheckSchema>): Promise<Campaign> {
    const row = await this.#writable(actor, id, 'active', '记录检查结果');
    const targets = await repo.targetsOf(this.db, id);
    if (!targets.some((t) => t.agency_org_id === input.agencyOrgId))
      throw invalid('agencyOrgId', '该单位不是本次专项监督的对象');
    const codes = new Set((JSON.parse(row.checklist) as { code: string }[]).map((i) => i.code));
    const unknown = input.results.find((r) => !codes.has(r.itemCode));
    if (unknown) throw invalid('results', `检查项 ${unknown.itemCode} 不在检查清单中`);
    const problemWithoutNote = input.results.find((r) => r.result === 'problem' && r.note.length < 4);
    if (problemWithoutNote)
      throw invalid('results', `检查项 ${problemWithoutNote.itemCode} 存在问题, 请写明具体情况`);
    // A problem already turned into a matter stays as it was recorded: the matter rests on it.
    const settled = (await repo.findingsOf(this.db, id)).filter(
      (f) => f.agency_org_id === input.agencyOrgId && f.matter_id,
    );
    const changed = input.results.find((r) => {
      const before = settled.find((f) => f.item_code === r.itemCode);
      return before && (before.result !== r.result || before.note !== r.note);
    });
    if (changed) {
      const before = settled.find((f) => f.item_code === changed.itemCode)!;
      throw new AppError(
        'CONFLICT',
        `检查项 ${changed.itemCode} 已转为监督事项 ${before.matter_number ?? ''}, 不能再修改其检查结果`,
      );
    }
    const fresh = input.results.filter((r) => !settled.some((f) => f.item_code === r.itemCode));
    const today = todayInShanghai();
    await this.db.transaction().execute(async (trx) => {
      await repo.saveFindings(
        trx,
        fresh.map((r) => ({
          id: newId(),
          campaign_id: id,
          agency_org_id: input.agencyOrgId,
          item_code: r.itemCode,
          result: r.result,
          note: r.note,
          matter_id: null,
          recorded_by: label(actor),
          recorded_on: today,
        })),
      );
      await this.#audit(trx, actor, 'campaign.check', id, {
        agency: input.agencyOrgId,
        problems: input.results.filter((r) => r.result === 'problem').length,
      });
    });
    return this.get(actor, id);
  }

  /** Ends the campaign with its conclusion, once every target agency has been checked. */
  async finish(
    actor: UserActor,
    id: string,
    input: z.output<typeof CampaignFinishSchema>,
  ): Promise<Campaign> {
    await this.#writable(actor, id, 'active', '结束');
    const [targets, findings] = await Promise.all([
      repo.targetsOf(this.db, id),
      repo.findingsOf(this.db, id),
    ]);
    const unchecked = targets.filter((t) => !findings.some((f) => f.agency_org_id === t.agency_org_id));
    if (unchecked.length)
      throw new AppError(
        'CONFLICT',
        `尚有${unchecked.length}个单位未检查 (${unchecked
          .slice(0, 3)
          .map((t) => t.name)
          .join('、')}${unchecked.length > 3 ? '等' : ''})`,
      );
    await this.db.transaction().execute(async (trx) => {
      await repo.changeCampaign(trx, id, 'active', {
        status: 'finished',
        conclusion: input.conclusion,
        updated_at: new Date().toISOString(),
      });
      await this.#audit(trx, actor, 'campaign.finish', id, { findings: findings.length });
    });
    return this.get(actor, id);
  }

  /** Turns a problem found into a supervision matter of the campaign track. */
  async findingMatter(
    actor: UserActor,
    findingId: string,
    input: z.output<typeof FindingMatterSchema>,
  ): Promise<MatterDetail> {
    const finding = await repo.findFinding(this.db, findingId);
    if (!finding) throw new AppError('NOT_FOUND', '检查记录不存在');
    const row = await this.#visible(actor, finding.campaign_id);
    assertPlans(actor, { ...row, region_code: row.org_region_code });
    if (finding.result !== 'problem') throw new AppError('CONFLICT', '符合要求的检查项不能转为监督事项');
    if (finding.matter_id) throw new AppError('CONFLICT', '该问题已转为监督事项');
    const item = (JSON.parse(row.checklist) as { code: string; text: string }[]).find(
      (i) => i.code === finding.item_code,
    );
    // The matter and its link to the finding are one transaction: two users turning the same
    // problem into a matter at once get one matter and a clear refusal, never an orphan.
    return this.ports.matters.open(
      actor,
      {
        ...input,
        agencyId: finding.agency_org_id,
        scope: 'single',
        track: 'campaign',
        origin: 'campaign',
        originRef: finding.id,
        caseIds: [],
        warningIds: [],
        description: `「${row.title}」专项监督检查项 ${finding.item_code}「${item?.text ?? ''}」: ${finding.note}`,
      },
      async (trx, matter) => {
        if (!(await repo.linkMatter(trx, findingId, matter.id)))
          throw new AppError('CONFLICT', '该问题已转为监督事项');
        await this.#audit(trx, actor, 'campaign.finding.matter', row.id, {
          finding: findingId,
          matter: matter.number,
        });
      },
    );
  }

  async #visible(actor: UserActor, id: string): Promise<repo.CampaignRow> {
    const row = await repo.findCampaign(this.db, id);
    if (!row || !canRead(actor, { ...row, region_code: row.org_region_code }))
      throw new AppError('NOT_FOUND', '专项监督不存在或不在您的数据范围内');
    return row;
  }

  async #writable(actor: UserActor, id: string, allowed: CampaignStatus, step: string) {
    const row = await this.#visible(actor, id);
    assertPlans(actor, { ...row, region_code: row.org_region_code });
    if (row.status !== allowed)
      throw new AppError(
        'CONFLICT',
        `该专项监督当前为「${CAMPAIGN_STATUS_LABELS[row.status]}」, 不能${step}`,
      );
    return row;
  }

  #audit(trx: Db, actor: UserActor, action: string, id: string, detail: Record<string, unknown>) {
    return recordAudit(trx, auditActor(actor), { action, targetType: 'campaign', targetId: id, detail });
  }
}
