import type { BenchmarkVersion, ItemVersion } from '@jiandu/contracts/catalogue';
import { CIRCUMSTANCES, describeFine, formatLegalBasis } from '@jiandu/contracts/catalogue-labels';
import { fieldLabel } from '../../lib/enforcement-fields.ts';
import { circumstanceLabel, kindLabel, listKindLabel, penaltyLabel, statusLabel } from './labels.ts';
import { t } from './locale.ts';

/** One line of a side-by-side comparison: what it is, its text in each version, whether they differ. */
export interface CompareRow {
  key: string;
  label: string;
  left: string;
  right: string;
  changed: boolean;
}

type Line = [key: string, label: string, value: string];

function period(v: { effectiveFrom: string | null; effectiveTo: string | null }): string {
  if (!v.effectiveFrom) return '—';
  return v.effectiveTo
    ? t('period', { from: v.effectiveFrom, to: v.effectiveTo })
    : t('fromDate', { date: v.effectiveFrom });
}

function common(v: ItemVersion | BenchmarkVersion): Line[] {
  return [
    ['status', t('status'), statusLabel(v.status)],
    ['period', t('effectivePeriod'), period(v)],
  ];
}

/** The lines of an item version, its legal bases one line each. */
export function itemLines(v: ItemVersion): Line[] {
  const c = v.content;
  return [
    ...common(v),
    ['name', t('name'), c.name],
    ['kind', t('kind'), kindLabel(c.kind)],
    ...c.legalBases.map(
      (b, i): Line => [
        `basis.${i}`,
        t('basisN', { n: i + 1 }),
        [formatLegalBasis(b), b.text ?? ''].filter(Boolean).join('\n'),
      ],
    ),
    ['post', t('post'), c.post],
    ['fields', t('fields'), c.fields.map(fieldLabel).join('、')],
    ['note', t('note'), c.note ?? ''],
    ['reason', t('reason'), v.reason ?? ''],
  ];
}

/** The lines of a benchmark version: document, then each circumstance's conditions, penalties and fine, then the lists. */
export function benchmarkLines(v: BenchmarkVersion): Line[] {
  const c = v.content;
  const tiers = CIRCUMSTANCES.flatMap((circumstance): Line[] => {
    const tier = c.tiers.find((x) => x.circumstance === circumstance);
    if (!tier) return [];
    const label = circumstanceLabel(circumstance);
    return [
      [`${circumstance}.conditions`, `${label} · ${t('conditions')}`, tier.conditions],
      [
        `${circumstance}.penalties`,
        `${label} · ${t('penalties')}`,
        tier.penalties.map(penaltyLabel).join('、'),
      ],
      [`${circumstance}.fine`, `${label} · ${t('fine')}`, tier.fine ? describeFine(tier.fine) : ''],
    ];
  });
  return [
    ...common(v),
    ['document', t('document'), c.document],
    ['documentNumber', t('documentNumber'), c.documentNumber ?? ''],
    ...tiers,
    ...c.lists.map(
      (e, i): Line => [
        `list.${i}`,
        t('entryN', { n: i + 1 }),
        `${listKindLabel(e.list)}: ${e.behaviour}${e.conditions ? `\n${e.conditions}` : ''}`,
      ],
    ),
    ['reason', t('reason'), v.reason ?? ''],
  ];
}

/**
 * Two versions' lines side by side. Both come in the same order (a tier or a legal basis may be
 * missing on one side), so a two-way merge keeps each line where it belongs.
 */
export function compareLines(left: Line[], right: Line[]): CompareRow[] {
  const leftKeys = new Set(left.map(([key]) => key));
  const rightKeys = new Set(right.map(([key]) => key));
  const rows: CompareRow[] = [];
  const done = new Set<string>();
  const push = (key: string, label: string, l: string, r: string) => {
    done.add(key);
    rows.push({ key, label, left: l, right: r, changed: l !== r });
  };
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const l = left[i];
    const r = right[j];
    if (l && done.has(l[0])) i++;
    else if (r && done.has(r[0])) j++;
    else if (l && r && l[0] === r[0]) {
      push(l[0], l[1], l[2], r[2]);
      i++;
      j++;
    } else if (r && (!l || !leftKeys.has(r[0]))) {
      push(r[0], r[1], '', r[2]);
      j++;
    } else if (l && (!r || !rightKeys.has(l[0]))) {
      push(l[0], l[1], l[2], '');
      i++;
    } else if (l) {
      push(l[0], l[1], l[2], right.find(([key]) => key === l[0])?.[2] ?? '');
      i++;
    }
  }
  return rows;
}
