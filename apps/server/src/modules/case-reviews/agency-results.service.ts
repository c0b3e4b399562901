import type { AgencyFile, AgencyResult } from '@jiandu/contracts/case-review-scoring';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import * as sheets from './assignments.repository.ts';
import * as repo from './batches.repository.ts';
import { actorLabel } from './case-reviews.policy.ts';
import { figuresOf } from './grade-figures.ts';
import type { RubricService } from './rubrics.service.ts';

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MISSING = '评查结果不存在或不在您的数据范围内';

/**
 * What case review gives back: each agency sees its own published results, with the reviewers'
 * findings (their names withheld) and may respond once per file within the batch's period; and
 * the yearly figures per agency that assessment (评议考核) reads.
 */
export class AgencyResultService {
  constructor(
    private readonly db: Db,
    private readonly rubrics: RubricService,
  ) {}

  /** The published results of the files of the agencies the user answers for. */
  async files(actor: UserActor, year?: number): Promise<AgencyFile[]> {
    const rows = await repo.publishedFiles(this.db, scopesFor(actor, 'review.respond'), { year });
    const today = todayInShanghai();
    const labels = new Map<string, Map<string, string>>();
    const result: AgencyFile[] = [];
    for (const row of rows) {
      if (!labels.has(row.rubric_id)) {
        const { content } = await this.rubrics.contentOf(row.rubric_id);
        labels.set(row.rubric_id, new Map(content.vetoItems.map((v) => [v.code, v.label])));
      }
      const vetoLabel = labels.get(row.rubric_id)!;
      const submitted = (await sheets.assignmentsOfFile(this.db, row.id)).filter(
        (s) => s.status === 'submitted',
      );
      result.push({
        id: row.id,
        batch: {
          id: row.batch_id,
          name: row.batch_name,
          year: row.batch_year,
          organizer: row.organizer_name,
        },
        case: { id: row.case_id, externalId: row.case_number, title: row.case_title, kind: row.kind },
        agency: { id: row.agency_org_id, name: row.agency_name },
        score: row.score === null ? null : Number(row.score),
        grade: row.grade,
        vetoed: row.vetoed === 1,
        reviews: submitted.map((s, i) => ({
          reviewer: `评查人员${ORDINALS[i] ?? i + 1}`,
          total: s.total === null ? null : Number(s.total),
          vetoes: (JSON.parse(s.vetoes) as { code: string; note: string }[]).map((v) => ({
            label: vetoLabel.get(v.code) ?? v.code,
            note: v.note,
          })),
          comment: s.comment,
        })),
        consensus: row.consensus_reason,
        publishedAt: row.published_at,
        responseDue: row.response_due,
        response: row.responded_at
          ? { text: row.response_text ?? '', at: row.responded_at, by: row.responded_by ?? '' }
          : null,
        canRespond: !row.responded_at && row.response_due !== null && today <= row.response_due,
      });
    }
    return result;
  }

  /** The agency's response to one published result, once, by the due day. */
  async respond(actor: UserActor, fileId: string, text: string): Promise<AgencyFile> {
    const file = (await this.files(actor)).find((f) => f.id === fileId);
    if (!file) throw new AppError('NOT_FOUND', MISSING);
    if (file.response) throw new AppError('CONFLICT', `该案卷已于 ${file.response.at.slice(0, 10)} 反馈`);
    if (!file.responseDue || todayInShanghai() > file.responseDue)
      throw new AppError('CONFLICT', `反馈期限已过 (${file.responseDue ?? '未设置'}), 不能再反馈`);
    await this.db.transaction().execute(async (trx) => {
      await repo.updateFile(trx, fileId, {
        response_text: text,
        responded_at: new Date().toISOString(),
        responded_by: actorLabel(actor),
      });
      await recordAudit(trx, auditActor(actor), {
        action: 'case_review.file.respond',
        targetType: 'review_file',
        targetId: fileId,
        detail: { caseNumber: file.case.externalId, agencyId: file.agency.id, text },
      });
    });
    return (await this.files(actor)).find((f) => f.id === fileId)!;
  }

  /** Per agency: files reviewed in the year's published batches, average, grades, pass rate. */
  async agencyResults(actor: UserActor, year: number, organizerId?: string): Promise<AgencyResult[]> {
    const rows = await repo.publishedFiles(this.db, scopesFor(actor, 'review.read'), { year, organizerId });
    const byAgency = new Map<string, typeof rows>();
    for (const row of rows)
      byAgency.set(row.agency_org_id, [...(byAgency.get(row.agency_org_id) ?? []), row]);
    return [...byAgency.values()]
      .map((files) => ({
        agencyId: files[0]!.agency_org_id,
        agencyName: files[0]!.agency_name,
        regionCode: files[0]!.region_code,
        batches: new Set(files.map((f) => f.batch_id)).size,
        ...figuresOf(files),
      }))
      .sort(
        (a, b) => (b.averageScore ?? -1) - (a.averageScore ?? -1) || (a.agencyName < b.agencyName ? -1 : 1),
      );
  }
}
