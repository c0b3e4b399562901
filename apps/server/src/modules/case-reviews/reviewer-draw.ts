import { SeededRandom } from './seeded-random.ts';

/** A file to staff: its id and the pool members allowed to review it (after the exclusions). */
export interface FileToStaff {
  id: string;
  eligible: readonly string[];
}

/** The draw's outcome: reviewers per file, and the files that could not be fully staffed. */
export interface ReviewerDraw {
  assigned: Map<string, string[]>;
  short: { fileId: string; eligible: number }[];
}

/**
 * Draws `perFile` reviewers for each file, in the files' order: the eligible members are shuffled
 * by the batch's seed and the least loaded are taken, so loads stay balanced and ties are broken at
 * random but reproducibly. Member ids are sorted first, so the result depends only on the seed, the
 * files and who is eligible.
 */
export function drawReviewers(
  seed: string,
  files: readonly FileToStaff[],
  perFile: number,
  load: Map<string, number> = new Map(),
): ReviewerDraw {
  const random = new SeededRandom(seed, 'reviewers');
  const assigned = new Map<string, string[]>();
  const short: ReviewerDraw['short'] = [];
  for (const file of files) {
    const eligible = [...new Set(file.eligible)].sort();
    if (eligible.length < perFile) {
      short.push({ fileId: file.id, eligible: eligible.length });
      continue;
    }
    const shuffled = random.pick(eligible);
    // Array.prototype.sort is stable: equal loads keep the shuffled order.
    const chosen = shuffled.sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0)).slice(0, perFile);
    for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
    assigned.set(file.id, chosen);
  }
  return { assigned, short };
}
