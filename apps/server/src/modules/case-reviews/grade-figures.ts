import type { ReviewGrade } from '@jiandu/contracts/case-review-labels';
import type { GradeFigures } from '@jiandu/contracts/case-reviews';

/** A file as the figures need it. */
export interface Graded {
  scored: number;
  score: number | null;
  grade: ReviewGrade | null;
}

/**
 * Counts, average and pass rate of some files: the average over the files with a final result
 * (a vetoed file counts with its 0), the pass rate as the share graded 合格 or better, in per cent.
 */
export function figuresOf(files: readonly Graded[]): GradeFigures {
  const done = files.filter((f) => f.scored === 1 && f.score !== null && f.grade !== null);
  const grades = { excellent: 0, good: 0, pass: 0, fail: 0 };
  for (const f of done) grades[f.grade!] += 1;
  const sum = done.reduce((a, f) => a + Number(f.score), 0);
  return {
    files: files.length,
    scored: done.length,
    averageScore: done.length ? Math.round((sum / done.length) * 100) / 100 : null,
    grades,
    passRate: done.length ? Math.round(((done.length - grades.fail) / done.length) * 1000) / 10 : null,
  };
}
