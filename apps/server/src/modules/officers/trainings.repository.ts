import type { Db } from '../../platform/db/tables.ts';
import type { ExamResultTable, TrainingRecordTable } from './officers.table.ts';

/** An officer's training records, newest first. */
export function listTrainings(db: Db, officerId: string): Promise<TrainingRecordTable[]> {
  return db
    .selectFrom('training_record')
    .selectAll()
    .where('officer_id', '=', officerId)
    .orderBy('completed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One training record of an officer. */
export function findTraining(
  db: Db,
  officerId: string,
  id: string,
): Promise<TrainingRecordTable | undefined> {
  return db
    .selectFrom('training_record')
    .selectAll()
    .where('id', '=', id)
    .where('officer_id', '=', officerId)
    .executeTakeFirst();
}

/** Inserts a training record. */
export async function insertTraining(db: Db, row: TrainingRecordTable): Promise<void> {
  await db.insertInto('training_record').values(row).execute();
}

/** Deletes a training record. */
export async function deleteTraining(db: Db, id: string): Promise<void> {
  await db.deleteFrom('training_record').where('id', '=', id).execute();
}

/** An officer's exam results, newest first. */
export function listExams(db: Db, officerId: string): Promise<ExamResultTable[]> {
  return db
    .selectFrom('exam_result')
    .selectAll()
    .where('officer_id', '=', officerId)
    .orderBy('taken_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Inserts an exam result. */
export async function insertExam(db: Db, row: ExamResultTable): Promise<void> {
  await db.insertInto('exam_result').values(row).execute();
}
