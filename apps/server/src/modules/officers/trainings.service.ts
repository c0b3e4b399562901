import type {
  ExamResult,
  ExamResultCreateSchema,
  TrainingRecord,
  TrainingRecordCreateSchema,
} from '@jiandu/contracts/officers';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import { todayInShanghai, yearOf } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OfficerService } from './officers.service.ts';
import type { ExamResultTable, TrainingRecordTable } from './officers.table.ts';
import * as repo from './trainings.repository.ts';

function presentTraining(row: TrainingRecordTable): TrainingRecord {
  return {
    id: row.id,
    course: row.course,
    provider: row.provider,
    year: row.year,
    completedOn: row.completed_on,
    hours: row.hours,
  };
}

function presentExam(row: ExamResultTable): ExamResult {
  return {
    id: row.id,
    subject: row.subject,
    title: row.title,
    takenOn: row.taken_on,
    score: row.score,
    passed: row.passed === 1,
  };
}

function notInFuture(date: string, what: string): void {
  if (date > todayInShanghai()) throw new AppError('VALIDATION_FAILED', `${what}不能晚于今天`);
}

/**
 * An officer's training hours (学时, counted per year of completion) and law exam results, which
 * the staffing figures and certificate issuing rely on.
 */
export class TrainingService {
  constructor(
    private readonly db: Db,
    private readonly officers: OfficerService,
  ) {}

  /** The officer's training records, newest first. */
  async trainings(actor: UserActor, officerId: string): Promise<TrainingRecord[]> {
    await this.officers.reachable(actor, 'officer.read', officerId);
    return (await repo.listTrainings(this.db, officerId)).map(presentTraining);
  }

  /** Records a completed course; its year is the year it was completed. */
  async addTraining(
    actor: UserActor,
    officerId: string,
    input: z.infer<typeof TrainingRecordCreateSchema>,
  ): Promise<TrainingRecord> {
    await this.officers.reachable(actor, 'officer.write', officerId);
    notInFuture(input.completedOn, '完成日期');
    const row: TrainingRecordTable = {
      id: newId(),
      officer_id: officerId,
      course: input.course,
      provider: input.provider ?? null,
      year: yearOf(input.completedOn),
      completed_on: input.completedOn,
      hours: input.hours,
      created_at: new Date().toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertTraining(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'officer.training.add',
        targetType: 'officer',
        targetId: officerId,
        detail: { after: presentTraining(row) },
      });
    });
    return presentTraining(row);
  }

  /** Removes a wrongly entered training record. */
  async removeTraining(actor: UserActor, officerId: string, recordId: string): Promise<void> {
    await this.officers.reachable(actor, 'officer.write', officerId);
    const row = await repo.findTraining(this.db, officerId, recordId);
    if (!row) throw new AppError('NOT_FOUND', '培训记录不存在');
    await this.db.transaction().execute(async (trx) => {
      await repo.deleteTraining(trx, recordId);
      await recordAudit(trx, auditActor(actor), {
        action: 'officer.training.remove',
        targetType: 'officer',
        targetId: officerId,
        detail: { before: presentTraining(row) },
      });
    });
  }

  /** The officer's exam results, newest first. */
  async exams(actor: UserActor, officerId: string): Promise<ExamResult[]> {
    await this.officers.reachable(actor, 'officer.read', officerId);
    return (await repo.listExams(this.db, officerId)).map(presentExam);
  }

  /** Records an exam result. */
  async addExam(
    actor: UserActor,
    officerId: string,
    input: z.infer<typeof ExamResultCreateSchema>,
  ): Promise<ExamResult> {
    await this.officers.reachable(actor, 'officer.write', officerId);
    notInFuture(input.takenOn, '考试日期');
    const row: ExamResultTable = {
      id: newId(),
      officer_id: officerId,
      subject: input.subject,
      title: input.title,
      taken_on: input.takenOn,
      score: input.score,
      passed: input.passed ? 1 : 0,
      created_at: new Date().toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertExam(trx, row);
      await recordAudit(trx, auditActor(actor), {
        action: 'officer.exam.add',
        targetType: 'officer',
        targetId: officerId,
        detail: { after: presentExam(row) },
      });
    });
    return presentExam(row);
  }
}
