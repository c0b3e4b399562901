import { DEFAULT_RUBRIC, type RubricContent } from '@jiandu/contracts/case-review-labels';
import {
  type Rubric,
  RubricContentSchema,
  type RubricCreate,
  type RubricUpdate,
} from '@jiandu/contracts/case-reviews';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { actorLabel, assertOrganizerAccess, reaches, scoped } from './case-reviews.policy.ts';
import { presentRubric } from './case-reviews.presenter.ts';
import * as repo from './rubrics.repository.ts';

/** The name every justice department's default rubric carries. */
export const DEFAULT_RUBRIC_NAME = '行政执法案卷评查标准';

const MISSING = '评查标准不存在或不在您的数据范围内';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/** Checks a rubric's content by the contract's rules, for callers that did not come through a route. */
function checked(content: RubricContent): RubricContent {
  const parsed = RubricContentSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({
    path: `content.${i.path.join('.')}`,
    message: i.message,
  }));
  throw new AppError('VALIDATION_FAILED', errors[0]!.message, { errors });
}

/**
 * Rubrics (评查标准) of justice departments: veto items, the 卷面 and 内容 sections and the grade
 * thresholds. A rubric a batch has used is frozen, so a batch's scores always read against what
 * its reviewers saw; a change then is a new version. Every department has a default rubric.
 */
export class RubricService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
  ) {}

  /** The rubrics of the orgs the user may read, optionally of one org. */
  async list(actor: UserActor, orgId?: string): Promise<Rubric[]> {
    return (await repo.listRubrics(this.db, scopesFor(actor, 'review.read'), orgId)).map(presentRubric);
  }

  /** One rubric. */
  async get(actor: UserActor, id: string): Promise<Rubric> {
    return presentRubric(await this.#reachable(actor, id, false));
  }

  /** A rubric's content and thresholds (no scope: the caller has checked the batch using it). */
  async contentOf(id: string): Promise<{ name: string; version: number; content: RubricContent }> {
    const row = await repo.findRubric(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', MISSING);
    return { name: row.name, version: row.version, content: JSON.parse(row.content) as RubricContent };
  }

  /** Creates a rubric for a justice department the user manages. */
  async create(actor: UserActor, input: RubricCreate): Promise<Rubric> {
    const org = await this.orgs.findById(input.orgId);
    if (!org || !reaches(actor, 'review.manage', scoped(org)))
      throw invalid('orgId', '制定单位不存在或不在您的管理范围内');
    if (org.kind !== 'supervisor') throw invalid('orgId', '评查标准应由司法行政机关制定');
    const content = checked(input.content as RubricContent);
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const version = await repo.nextVersion(trx, org.id, input.name);
      await this.#insert(trx, actor, {
        id,
        orgId: org.id,
        name: input.name,
        version,
        content,
        basedOn: null,
      });
    });
    return this.get(actor, id);
  }

  /** Edits a rubric no batch has used yet. */
  async update(actor: UserActor, id: string, input: RubricUpdate): Promise<Rubric> {
    const before = await this.#reachable(actor, id, true);
    if (before.batches > 0)
      throw new AppError(
        'CONFLICT',
        `该评查标准已被 ${before.batches} 个评查批次使用, 不能修改; 请以它为基础建立新版本`,
      );
    const content = checked(input.content as RubricContent);
    await this.db.transaction().execute(async (trx) => {
      const changed = await repo.updateUnusedRubric(trx, id, {
        name: input.name,
        content: JSON.stringify(content),
        updated_at: new Date().toISOString(),
      });
      if (!changed) throw new AppError('CONFLICT', '该评查标准刚被评查批次使用, 不能再修改; 请建立新版本');
      await recordAudit(trx, auditActor(actor), {
        action: 'case_review.rubric.update',
        targetType: 'review_rubric',
        targetId: id,
        detail: {
          before: { name: before.name, content: JSON.parse(before.content) },
          after: { ...input, content },
        },
      });
    });
    return this.get(actor, id);
  }

  /** Builds a new version on a rubric (the usual way to change one a batch has used). */
  async newVersion(actor: UserActor, id: string, input: RubricUpdate): Promise<Rubric> {
    const base = await this.#reachable(actor, id, true);
    const content = checked(input.content as RubricContent);
    const newRubric = newId();
    await this.db.transaction().execute(async (trx) => {
      const version = await repo.nextVersion(trx, base.org_id, input.name);
      await this.#insert(trx, actor, {
        id: newRubric,
        orgId: base.org_id,
        name: input.name,
        version,
        content,
        basedOn: base.id,
      });
    });
    return this.get(actor, newRubric);
  }

  /**
   * The department's default rubric, created from the system default (9 veto items, 20 + 80 points)
   * when it has none yet; runs in the caller's transaction.
   */
  async ensureDefault(trx: Db, actor: UserActor, orgId: string): Promise<string> {
    const existing = await repo.findDefault(trx, orgId);
    if (existing) return existing.id;
    const id = newId();
    await this.#insert(trx, actor, {
      id,
      orgId,
      name: DEFAULT_RUBRIC_NAME,
      version: 1,
      content: DEFAULT_RUBRIC,
      basedOn: null,
      isDefault: true,
    });
    return id;
  }

  async #insert(
    trx: Db,
    actor: UserActor,
    r: {
      id: string;
      orgId: string;
      name: string;
      version: number;
      content: RubricContent;
      basedOn: string | null;
      isDefault?: boolean;
    },
  ): Promise<void> {
    const now = new Date().toISOString();
    await repo.insertRubric(trx, {
      id: r.id,
      org_id: r.orgId,
      name: r.name,
      version: r.version,
      based_on: r.basedOn,
      is_default: r.isDefault ? 1 : 0,
      content: JSON.stringify(r.content),
      created_at: now,
      created_by: actorLabel(actor),
      updated_at: now,
    });
    await recordAudit(trx, auditActor(actor), {
      action: r.isDefault ? 'case_review.rubric.default' : 'case_review.rubric.create',
      targetType: 'review_rubric',
      targetId: r.id,
      detail: { orgId: r.orgId, name: r.name, version: r.version, basedOn: r.basedOn, content: r.content },
    });
  }

  async #reachable(actor: UserActor, id: string, change: boolean): Promise<repo.RubricRow> {
    const row = await repo.findRubric(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', MISSING);
    assertOrganizerAccess(
      actor,
      { id: row.org_id, path: row.org_path, regionCode: row.org_region_code },
      change,
      MISSING,
    );
    return row;
  }
}
