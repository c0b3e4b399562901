import type { CaseRecordInput } from '@jiandu/contracts/exchange';
import { dayNumber } from './days.ts';
import type { DefectCode } from './defects.ts';
import { drawCase } from './draw-case.ts';
import { planWorld } from './plan.ts';
import { hashSeed, Random } from './random.ts';
import type { World } from './world.ts';

/*
 * The case stream: a lazy generator of exchange-v1 records with the defects planted in each, and
 * their NDJSON batches. Case i draws from its own random stream, so a run can start anywhere
 * (`startIndex`) and still produce the same cases; nothing is kept between cases.
 */

/** What `generateCases` draws. */
export interface CaseOptions {
  seed: string | number;
  count: number;
  /** The period (YYYY-MM-DD, both included); labels hold when cases are judged on `to`. */
  from: string;
  to: string;
  startIndex?: number;
  /** Share of records broken on purpose (labelled INVALID); default 0. */
  invalidRate?: number;
}

/** One generated case: the record (its last version), what was planted, and its earlier versions. */
export interface GeneratedCase {
  index: number;
  record: CaseRecordInput;
  defects: readonly DefectCode[];
  /** Bit mask (DEFECT_BIT) of the defects this case could have carried: the rates' denominators. */
  eligible: number;
  /** Event counts of the earlier versions, oldest first (see `recordVersions`). */
  earlier: readonly number[];
}

/**
 * Generates `count` cases lazily; the same world and options give the same records, byte for
 * byte, on every machine. Records broken on purpose (invalidRate) carry the single defect INVALID.
 */
export function* generateCases(world: World, options: CaseOptions): Generator<GeneratedCase> {
  const from = dayNumber(options.from);
  const to = dayNumber(options.to);
  if (to < from) throw new RangeError(`结束日期不得早于开始日期: ${options.from} ~ ${options.to}`);
  const plan = planWorld(world, options.from, options.to);
  const root = hashSeed(`${options.seed}/cases`);
  const rng = new Random(0);
  const start = options.startIndex ?? 0;
  const period = { from, to, invalidRate: options.invalidRate ?? 0 };
  for (let index = start; index < start + options.count; index++)
    yield drawCase(rng.reseed(root, index), plan, index, period);
}

/**
 * Every version of a generated case, oldest first: earlier versions hold the events up to their
 * cut, the evidence captured by then, and the decision only once it is made.
 */
export function recordVersions(generated: GeneratedCase): CaseRecordInput[] {
  const { record, earlier } = generated;
  const events = record.events ?? [];
  const out: CaseRecordInput[] = [];
  for (let v = 0; v < earlier.length; v++) {
    const kept = events.slice(0, earlier[v]);
    const lastAt = kept.at(-1)?.at ?? '';
    const version: CaseRecordInput = {
      ...record,
      version: v + 1,
      events: kept,
      evidence: (record.evidence ?? []).filter((e) => e.capturedAt <= lastAt),
    };
    if (!kept.some((e) => e.type === 'decided')) delete version.decision;
    out.push(version);
  }
  out.push(record);
  return out;
}

/** Which records of each case an NDJSON stream carries: the last version only, or every version in order. */
export type VersionMode = 'final' | 'all';

/**
 * NDJSON batches of `recordsPerChunk` lines (the exchange accepts at most 10,000 per request), built
 * as cases arrive so memory stays at one batch.
 */
export function* toNdjsonChunks(
  cases: Iterable<GeneratedCase>,
  recordsPerChunk: number,
  versions: VersionMode = 'final',
): Generator<string> {
  if (!Number.isInteger(recordsPerChunk) || recordsPerChunk < 1)
    throw new RangeError(`每批记录数须为正整数: ${recordsPerChunk}`);
  let lines: string[] = [];
  for (const generated of cases) {
    const records =
      versions === 'all' && generated.earlier.length > 0 ? recordVersions(generated) : [generated.record];
    for (const record of records) {
      lines.push(JSON.stringify(record));
      if (lines.length === recordsPerChunk) {
        yield `${lines.join('\n')}\n`;
        lines = [];
      }
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
