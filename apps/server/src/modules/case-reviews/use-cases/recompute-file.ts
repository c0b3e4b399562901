import type { GradeThresholds } from '@jiandu/contracts/case-review-labels';
import type { Db } from '../../../platform/db/tables.ts';
import { assignmentsOfFile } from '../assignments.repository.ts';
import { findFile, updateFile } from '../batches.repository.ts';
import { type Combined, combine } from '../scoring-rules.ts';

/**
 * Stores a file's combined result from its live sheets and the organizer's decisions, in the
 * caller's transaction (after a submission, a replacement, an override or a deliberation).
 */
export async function recomputeFile(
  trx: Db,
  fileId: string,
  gap: number,
  grades: GradeThresholds,
): Promise<Combined> {
  const file = await findFile(trx, fileId);
  if (!file) throw new Error(`review file ${fileId} missing`);
  const live = (await assignmentsOfFile(trx, fileId)).filter((s) => s.status !== 'replaced');
  const combined = combine(
    live.map((s) => ({
      submitted: s.status === 'submitted',
      total: s.total === null ? null : Number(s.total),
      vetoed: s.vetoed === 1,
    })),
    {
      vetoOverridden: file.veto_override_at !== null,
      consensusScore: file.consensus_score === null ? null : Number(file.consensus_score),
    },
    gap,
    grades,
  );
  await updateFile(trx, fileId, {
    score: combined.score,
    grade: combined.grade,
    vetoed: combined.vetoed ? 1 : 0,
    needs_consensus: combined.needsConsensus ? 1 : 0,
    scored: combined.scored ? 1 : 0,
  });
  return combined;
}
