import {
  type GradeThresholds,
  gradeOf,
  type ReviewGrade,
  type RubricContent,
  type RubricItem,
} from '@jiandu/contracts/case-review-labels';
import type { FieldError } from '../../platform/errors.ts';

/** A reviewer's sheet as stored. */
export interface Sheet {
  vetoes: { code: string; note: string }[];
  scores: Record<string, number>;
}

/** Every scored item of a rubric, 卷面 first. */
export function rubricItems(content: RubricContent): RubricItem[] {
  return [...content.sections.form.items, ...content.sections.content.items];
}

/**
 * What is wrong with a sheet under a rubric, as field errors in Chinese: unknown or repeated veto
 * items, unknown items, points above an item's maximum and, when `complete`, items left unscored.
 */
export function sheetProblems(content: RubricContent, sheet: Sheet, complete: boolean): FieldError[] {
  const problems: FieldError[] = [];
  const vetoCodes = new Set(content.vetoItems.map((v) => v.code));
  const seen = new Set<string>();
  sheet.vetoes.forEach((veto, i) => {
    if (!vetoCodes.has(veto.code))
      problems.push({ path: `vetoes.${i}.code`, message: `否决项 ${veto.code} 不在评查标准中` });
    else if (seen.has(veto.code))
      problems.push({ path: `vetoes.${i}.code`, message: `否决项 ${veto.code} 重复` });
    seen.add(veto.code);
  });
  const items = new Map(rubricItems(content).map((item) => [item.code, item]));
  for (const [code, points] of Object.entries(sheet.scores)) {
    const item = items.get(code);
    if (!item) problems.push({ path: `scores.${code}`, message: `评分项 ${code} 不在评查标准中` });
    else if (points > item.maxPoints)
      problems.push({
        path: `scores.${code}`,
        message: `「${item.label}」得分 ${points} 分超过该项满分 ${item.maxPoints} 分`,
      });
  }
  if (complete)
    for (const item of items.values())
      if (sheet.scores[item.code] === undefined)
        problems.push({ path: `scores.${item.code}`, message: `请为「${item.label}」评分` });
  return problems;
}

/** The points a sheet gives (the items' sum, veto or not: an overridden veto leaves the points). */
export function sheetTotal(content: RubricContent, scores: Record<string, number>): number {
  return rubricItems(content).reduce((sum, item) => sum + (scores[item.code] ?? 0), 0);
}

/** The live sheets of a file as the combination needs them. */
export interface SheetOutcome {
  submitted: boolean;
  total: number | null;
  vetoed: boolean;
}

/** What the organizer decided on the file. */
export interface FileDecisions {
  vetoOverridden: boolean;
  consensusScore: number | null;
}

/** A file's combined result. */
export interface Combined {
  scored: boolean;
  score: number | null;
  grade: ReviewGrade | null;
  vetoed: boolean;
  needsConsensus: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Combines a file's sheets once every live sheet is submitted: a veto marked by any reviewer makes
 * the file 不合格 with 0 points unless the organizer set it aside; otherwise the mean of the totals
 * (or the score agreed in deliberation) graded by the rubric's thresholds. Totals further apart
 * than `gap` flag the file 需合议 until a deliberated score is recorded.
 */
export function combine(
  sheets: readonly SheetOutcome[],
  decisions: FileDecisions,
  gap: number,
  grades: GradeThresholds,
): Combined {
  if (sheets.length === 0 || sheets.some((s) => !s.submitted))
    return { scored: false, score: null, grade: null, vetoed: false, needsConsensus: false };
  const vetoed = sheets.some((s) => s.vetoed) && !decisions.vetoOverridden;
  if (vetoed) return { scored: true, score: 0, grade: 'fail', vetoed: true, needsConsensus: false };
  const totals = sheets.map((s) => s.total ?? 0);
  const mean = round2(totals.reduce((a, b) => a + b, 0) / totals.length);
  const spread = Math.max(...totals) - Math.min(...totals);
  const needsConsensus = spread > gap && decisions.consensusScore === null;
  const score = decisions.consensusScore ?? mean;
  return { scored: true, score, grade: gradeOf(score, false, grades), vetoed: false, needsConsensus };
}
