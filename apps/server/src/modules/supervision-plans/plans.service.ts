import { Readable } from 'node:stream';
import type { MatterDetail } from '@jiandu/contracts/matters';
import type {
  Plan,
  PlanConcludeSchema,
  PlanCreateSchema,
  PlanFigures,
  PlanListQuerySchema,
  PlanMidyearSchema,
  PlanTaskInputSchema,
  PlanUpdateSchema,
  TaskMatterSchema,
  TaskProgressSchema,
} from '@jiandu/contracts/supervision-plans';
import { PLAN_STATUS_LABELS, type PlanStatus } from '@jiandu/contracts/supervision-plans';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { buildDocx, DOCX_TYPE } from '../../platform/files/docx.ts';
import { buildPdf, PDF_TYPE } from '../../platform/files/pdf.ts';
import { newId } from '../../platform/ids.ts';
import type { BlobService } from '../../platform/storage/blobs.ts';
import type { MatterService } from '../matters/matters.service.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { WarningService } from '../warnings/warnings.service.ts';
import { planReportParagraphs } from './plan-report.ts';
import { assertPlans, canRead } from './plans.policy.ts';
import { presentPlan } from './plans.presenter.ts';
import * as repo from './plans.repository.ts';

/** What plans use of other modules and the platform. */
export interface PlanPorts {
  orgs: OrgService;
  matters: MatterService;
  warnings: WarningService;
  blobs: BlobService;
}

const label = (actor: UserActor) => `${actor.displayName}(${actor.orgName})`;

/**
 * The annual supervision plan (计划监督): drawn up early in the year with its tasks and dates and
 * issued (年初方案), checked mid-year task by task (年中督促), summed up at year end in a report built
 * from the year's matters, notices, warnings and campaigns (年底总结). Tasks can open matters.
 */
export class PlanService {
  constructor(
    private readonly db: Db,
    private readonly ports: PlanPorts,
  ) {}

  /** The plans the user may see. */
  async list(actor: UserActor, filter: z.output<typeof PlanListQuerySchema>): Promise<Plan[]> {
    const rows = await repo.listPlans(this.db, scopesFor(actor, 'matter.read'), filter);
    return Promise.all(rows.map(async (r) => presentPlan(r, await repo.tasksOf(this.db, r.id))));
  }

  /** One plan with its tasks. */
  async get(actor: UserActor, id: string): Promise<Plan> {
    const row = await this.visible(actor, id);
    return presentPlan(row, await repo.tasksOf(this.db, id));
  }

  /** Draws up a bureau's plan for a year (one per bureau and year). */
  async create(actor: UserActor, input: z.output<typeof PlanCreateSchema>): Promise<Plan> {
    const org = await this.ports.orgs.findById(input.orgId);
    if (org?.kind !== 'supervisor')
      throw new AppError('VALIDATION_FAILED', '监督计划应由司法行政机关 (执法监督机构) 制定', {
        errors: [{ path: 'orgId', message: '请选择司法行政机关' }],
      });
    assertPlans(actor, { org_id: org.id, org_path: org.path, region_code: org.region_code });
    if (await repo.findPlanOf(this.db, org.id, input.year))
      throw new AppError('CONFLICT', `${org.name}${input.year}年度的监督计划已存在`);
    const id = newId();
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await repo.insertPlan(trx, {
        id,
        org_id: org.id,
        year: input.year,
        title: input.title,
        summary: input.summary,
        status: 'draft',
        published_on: null,
        midyear_on: null,
        midyear_note: null,
        concluded_on: null,
        conclusion: null,
        report_pdf_sha256: null,
        report_docx_sha256: null,
        created_by: label(actor),
        created_at: now,
        updated_at: now,
      });
      await this.#audit(trx, actor, 'plan.create', id, { org: org.id, year: input.year });
    });
    return this.get(actor, id);
  }

  /** Edits the title and overall arrangements until the year is summed up. */
  async update(actor: UserActor, id: string, input: z.output<typeof PlanUpdateSchema>): Promise<Plan> {
    const row = await this.#writable(actor, id, ['draft', 'published', 'reviewed'], '修改');
    await this.db.transaction().execute(async (trx) => {
      await repo.changePlan(trx, id, [row.status], { ...input, updated_at: new Date().toISOString() });
      await this.#audit(trx, actor, 'plan.update', id, input);
    });
    return this.get(actor, id);
  }

  /** Adds a task (until the year is summed up). */
  async addTask(actor: UserActor, id: string, input: z.output<typeof PlanTaskInputSchema>): Promise<Plan> {
    const row = await this.#writable(actor, id, ['draft', 'published', 'reviewed'], '添加任务');
    this.#inYear(row.year, input.startOn, input.endOn);
    await this.db.transaction().execute(async (trx) => {
      const taskId = newId();
      await repo.insertTask(trx, {
        id: taskId,
        plan_id: id,
        seq: await repo.nextTaskSeq(trx, id),
        title: input.title,
        description: input.description,
        track: input.track,
        field: input.field,
        target: input.target,
        start_on: input.startOn,
        end_on: input.endOn,
        responsible: input.responsible,
        status: 'planned',
        progress_note: null,
        done_on: null,
      });
      await this.#audit(trx, actor, 'plan.task.add', id, { task: taskId, title: input.title });
    });
    return this.get(actor, id);
  }

  /** Issues the plan (年初方案): it needs at least one task. */
  async publish(actor: UserActor, id: string): Promise<Plan> {
    await this.#writable(actor, id, ['draft'], '印发');
    if (!(await repo.tasksOf(this.db, id)).length)
      throw new AppError('CONFLICT', '监督计划至少应有一项任务才能印发');
    await this.db.transaction().execute(async (trx) => {
      await repo.changePlan(trx, id, ['draft'], {
        status: 'published',
        published_on: todayInShanghai(),
        updated_at: new Date().toISOString(),
      });
      await this.#audit(trx, actor, 'plan.publish', id, {});
    });
    return this.get(actor, id);
  }

  /** Records where a task stands (any time after the plan is issued). */
  async progress(
    actor: UserActor,
    taskId: string,
    input: z.output<typeof TaskProgressSchema>,
  ): Promise<Plan> {
    const task = await repo.findTask(this.db, taskId);
    if (!task) throw new AppError('NOT_FOUND', '计划任务不存在');
    await this.#writable(actor, task.plan_id, ['published', 'reviewed'], '更新任务进展');
    await this.db.transaction().execute(async (trx) => {
      await this.#setProgress(trx, taskId, input);
      await this.#audit(trx, actor, 'plan.task.progress', task.plan_id, {
        task: taskId,
        status: input.status,
      });
    });
    return this.get(actor, task.plan_id);
  }

  /** 年中督促: the mid-year check of every task, with the bureau's note. */
  async midyear(actor: UserActor, id: string, input: z.output<typeof PlanMidyearSchema>): Promise<Plan> {
    await this.#writable(actor, id, ['published'], '进行年中检查');
    const tasks = await repo.tasksOf(this.db, id);
    const unknown = input.tasks.find((t) => !tasks.some((x) => x.id === t.taskId));
    if (unknown) throw new AppError('VALIDATION_FAILED', '所列任务不属于本计划');
    await this.db.transaction().execute(async (trx) => {
      for (const t of input.tasks) await this.#setProgress(trx, t.taskId, t);
      await repo.changePlan(trx, id, ['published'], {
        status: 'reviewed',
        midyear_on: todayInShanghai(),
        midyear_note: input.note,
        updated_at: new Date().toISOString(),
      });
      await this.#audit(trx, actor, 'plan.midyear', id, { tasks: input.tasks.length });
    });
    return this.get(actor, id);
  }

  /** The year's figures the summary will be built from (also before it is). */
  async figures(actor: UserActor, id: string): Promise<PlanFigures> {
    const row = await this.visible(actor, id);
    const [matters, warnings, campaigns, tasks] = await Promise.all([
      this.ports.matters.yearFigures(row.org_path, row.year),
      this.ports.warnings.yearFigures(row.org_path, row.year),
      repo.campaignFiguresOfYear(this.db, row.org_path, `${row.year}-01-01`, `${row.year}-12-31`),
      repo.tasksOf(this.db, id),
    ]);
    return {
      ...matters,
      warnings,
      campaigns,
      tasks: {
        total: tasks.length,
        done: tasks.filter((t) => t.status === 'done').length,
        dropped: tasks.filter((t) => t.status === 'dropped').length,
      },
    };
  }

  /** 年底总结: the bureau's conclusion with the year's figures, issued as PDF and DOCX. */
  async conclude(actor: UserActor, id: string, input: z.output<typeof PlanConcludeSchema>): Promise<Plan> {
    const row = await this.#writable(actor, id, ['reviewed'], '年终总结');
    const today = todayInShanghai();
    const [figures, tasks] = await Promise.all([this.figures(actor, id), repo.tasksOf(this.db, id)]);
    const paragraphs = planReportParagraphs({
      orgName: row.org_name,
      year: row.year,
      title: row.title,
      conclusion: input.conclusion,
      figures,
      tasks: tasks.map((t) => ({
        seq: t.seq,
        title: t.title,
        status: t.status,
        progressNote: t.progress_note,
      })),
      concludedOn: today,
    });
    const title = `${row.org_name}${row.year}年度行政执法监督工作总结`;
    const [pdf, docx] = await Promise.all([
      buildPdf(paragraphs, title).then((b) => this.ports.blobs.store(Readable.from(b))),
      this.ports.blobs.store(Readable.from(buildDocx(paragraphs, title))),
    ]);
    await this.db.transaction().execute(async (trx) => {
      const changed = await repo.changePlan(trx, id, ['reviewed'], {
        status: 'concluded',
        concluded_on: today,
        conclusion: input.conclusion,
        report_pdf_sha256: pdf.sha256,
        report_docx_sha256: docx.sha256,
        updated_at: new Date().toISOString(),
      });
      if (!changed) throw new AppError('CONFLICT', '该计划的状态刚被他人修改, 请刷新后重试');
      await this.#audit(trx, actor, 'plan.conclude', id, { figures, pdf: pdf.sha256 });
    });
    return this.get(actor, id);
  }

  /** The year-end summary as issued; each download audited. */
  async report(actor: UserActor, id: string, format: 'pdf' | 'docx') {
    const row = await this.visible(actor, id);
    const sha256 = format === 'pdf' ? row.report_pdf_sha256 : row.report_docx_sha256;
    if (!sha256) throw new AppError('NOT_FOUND', '该计划尚未形成年终总结');
    const stream = await this.ports.blobs.open(sha256);
    await recordAudit(this.db, auditActor(actor), {
      action: 'plan.report.download',
      targetType: 'supervision_plan',
      targetId: id,
      detail: { format },
    });
    const fileName = `${row.org_name}${row.year}年度行政执法监督工作总结.${format}`;
    return { stream, fileName, contentType: format === 'pdf' ? PDF_TYPE : DOCX_TYPE };
  }

  /** Opens a matter from a task (origin 计划监督任务); a task not yet started is then under way. */
  async taskMatter(
    actor: UserActor,
    taskId: string,
    input: z.output<typeof TaskMatterSchema>,
  ): Promise<MatterDetail> {
    const task = await repo.findTask(this.db, taskId);
    if (!task) throw new AppError('NOT_FOUND', '计划任务不存在');
    await this.#writable(actor, task.plan_id, ['published', 'reviewed'], '由任务立项');
    const matter = await this.ports.matters.open(actor, {
      ...input,
      scope: 'single',
      track: task.track,
      origin: 'plan_task',
      originRef: task.id,
      caseIds: [],
      warningIds: [],
    });
    if (task.status === 'planned') await repo.updateTask(this.db, taskId, { status: 'in_progress' });
    return matter;
  }

  /** The plan if the user may read it; NOT_FOUND otherwise. */
  async visible(actor: UserActor, id: string): Promise<repo.PlanRow> {
    const row = await repo.findPlan(this.db, id);
    if (!row || !canRead(actor, row)) throw new AppError('NOT_FOUND', '监督计划不存在或不在您的数据范围内');
    return row;
  }

  async #writable(actor: UserActor, id: string, allowed: readonly PlanStatus[], step: string) {
    const row = await this.visible(actor, id);
    assertPlans(actor, row);
    if (!allowed.includes(row.status))
      throw new AppError('CONFLICT', `该计划当前为「${PLAN_STATUS_LABELS[row.status]}」, 不能${step}`);
    return row;
  }

  #inYear(year: number, ...dates: string[]) {
    if (dates.some((d) => !d.startsWith(`${year}-`)))
      throw new AppError('VALIDATION_FAILED', `任务的起止日期应在${year}年度内`, {
        errors: [{ path: 'startOn', message: `任务的起止日期应在${year}年度内` }],
      });
  }

  async #setProgress(trx: Db, taskId: string, input: z.output<typeof TaskProgressSchema>) {
    await repo.updateTask(trx, taskId, {
      status: input.status,
      progress_note: input.progressNote,
      done_on: input.status === 'done' ? todayInShanghai() : null,
    });
  }

  #audit(trx: Db, actor: UserActor, action: string, id: string, detail: Record<string, unknown>) {
    return recordAudit(trx, auditActor(actor), {
      action,
      targetType: 'supervision_plan',
      targetId: id,
      detail,
    });
  }
}
