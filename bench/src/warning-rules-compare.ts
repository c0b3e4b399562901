// Scenario: the warning engine's per-case rules against a general-purpose rules engine. Generated
// cases (bench world, 2025) are resolved once into CaseFacts against an in-memory register built from
// the same world; then ten per-case rules run over every case, once through our evaluateCase and once
// through json-rules-engine with the same ten rules written as JSON conditions over the same facts
// (flattened to numbers, due dates computed by the same deadline engine). Prints cases per second for
// both, the ratio, and the fire counts per rule, which must agree. Exits non-zero when they do not.
//
// Run alone: BENCH_RULE_CASES=100000 npx tsx bench/src/warning-rules-compare.ts
import { CaseRecordSchema } from '@jiandu/contracts/exchange';
import { defaultParameters, RULE_CODES, type RuleCode } from '@jiandu/contracts/warning-rules';
import { generateCases } from '@jiandu/generator/cases';
import { generateWorld } from '@jiandu/generator/world';
import { dayNumber } from '@jiandu/server/src/modules/warnings/rules/day-numbers.ts';
import { dueDate, surelyInTime } from '@jiandu/server/src/modules/warnings/rules/due-dates.ts';
import { buildCaseFacts, type CaseFacts } from '@jiandu/server/src/modules/warnings/rules/facts.ts';
import { CASE_RULES, evaluateCase } from '@jiandu/server/src/modules/warnings/rules/rule-registry.ts';
import { bundledSchedules } from '@jiandu/server/src/platform/calendar/calendar-seed.ts';
import { buildCalendar } from '@jiandu/server/src/platform/calendar/working-calendar.ts';
import { Engine, type RuleProperties } from 'json-rules-engine';
import { WorldReference } from './world-reference.ts';

const COUNT = Number(process.env.BENCH_RULE_CASES ?? 100_000);
const TODAY = '2025-12-31';
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The ten rules compared: every kind of check (counts, register answers, day order, deadlines, ranges). */
const TEN_RULES: readonly RuleCode[] = [
  'DECISION_OVERDUE',
  'TOO_FEW_OFFICERS',
  'OFFICER_NOT_CERTIFIED',
  'MAJOR_WITHOUT_LEGAL_REVIEW',
  'NO_PRIOR_NOTICE',
  'SIMPLE_PROCEDURE_MISUSED',
  'FINE_OUTSIDE_BENCHMARK',
  'PUBLICITY_OVERDUE',
  'ITEM_NOT_IN_CATALOGUE',
  'AV_RECORD_MISSING',
];

/** A day that never comes: stands for a missing event, so "later than" comparisons hold. */
const NEVER = 1e9;
type Params = Record<RuleCode, Record<string, number>>;

/**
 * CaseFacts flattened to what json-rules-engine compares: numbers, booleans and strings, days as
 * day numbers. Due dates come from the same engine call and the same shortcut our rules use.
 */
function flattenFacts(f: CaseFacts, params: Params): Record<string, unknown> {
  const day = (d: string | null) => (d === null ? NEVER : dayNumber(d));
  const due = (start: string | null, amount: number, unit: 'calendar' | 'working', met: string | null) =>
    start === null || surelyInTime(start, amount, met ?? f.today)
      ? NEVER
      : dayNumber(dueDate(f.calendar, start, amount, unit).due);
  let uncertified = 0;
  for (const { certificate: c } of f.officers)
    if (
      !c.found ||
      c.type === 'supervision' ||
      (c.agencyCreditCode !== null && c.agencyCreditCode !== f.agencyCreditCode) ||
      !c.valid
    )
      uncertified += 1;
  let otherPenalties = 0;
  for (const p of f.penalties) if (p.type !== 'warning' && p.type !== 'fine') otherPenalties += 1;
  const decisionMet = f.first.decided ?? f.first.closed;
  return {
    kind: f.kind,
    procedure: f.procedure ?? 'none',
    isPerson: f.partyType === 'person',
    officerCount: f.officers.length,
    uncertifiedOfficers: uncertified,
    major: f.major,
    decidedDay: day(f.first.decided),
    firstApprovedReviewDay: day(f.firstApprovedReview),
    notifiedDay: day(f.first.notified),
    fineTotal: f.fineTotal,
    hasFine: f.hasFine,
    otherPenalties,
    hasCircumstance: f.circumstance !== null,
    hasBenchmark: f.benchmark !== null,
    benchmarkMin: f.benchmark?.min ?? -1e15,
    benchmarkMax: f.benchmark?.max ?? 1e15,
    publicityMetDay: day(f.publishedAfterDecision ?? f.today),
    publicityDueDay: due(
      f.first.decided,
      params.PUBLICITY_OVERDUE.workingDays!,
      'working',
      f.publishedAfterDecision,
    ),
    filedDay: day(f.first.filed),
    decisionMetDay: day(decisionMet ?? f.today),
    decisionDueDay: due(
      f.first.filed,
      params.DECISION_OVERDUE.days! + f.extensionDays,
      'calendar',
      decisionMet,
    ),
    itemInCatalogue: f.itemInCatalogue === null ? 'unknown' : f.itemInCatalogue,
    audioVideoEvidence: f.audioVideoEvidence,
  };
}

const fact = (name: string, operator: string, value: unknown) => ({ fact: name, operator, value });
const later = (a: string, b: string) => fact(a, 'greaterThan', { fact: b });

/** The ten rules as json-rules-engine conditions over the flattened facts, with the default parameters. */
function jsonRules(params: Params): RuleProperties[] {
  const rule = (type: RuleCode, all: unknown[]): RuleProperties =>
    ({ name: type, conditions: { all }, event: { type } }) as RuleProperties;
  return [
    rule('DECISION_OVERDUE', [
      fact('kind', 'equal', 'penalty'),
      fact('procedure', 'equal', 'general'),
      fact('filedDay', 'lessThan', NEVER),
      later('decisionMetDay', 'decisionDueDay'),
    ]),
    rule('TOO_FEW_OFFICERS', [
      fact('kind', 'in', ['penalty', 'inspection', 'coercion']),
      fact('officerCount', 'lessThan', params.TOO_FEW_OFFICERS.minOfficers),
    ]),
    rule('OFFICER_NOT_CERTIFIED', [fact('uncertifiedOfficers', 'greaterThan', 0)]),
    rule('MAJOR_WITHOUT_LEGAL_REVIEW', [
      fact('major', 'equal', true),
      fact('decidedDay', 'lessThan', NEVER),
      later('firstApprovedReviewDay', 'decidedDay'),
    ]),
    rule('NO_PRIOR_NOTICE', [
      fact('kind', 'equal', 'penalty'),
      fact('procedure', 'equal', 'general'),
      fact('decidedDay', 'lessThan', NEVER),
      later('notifiedDay', 'decidedDay'),
    ]),
    rule('SIMPLE_PROCEDURE_MISUSED', [
      fact('kind', 'equal', 'penalty'),
      fact('procedure', 'equal', 'simple'),
      {
        any: [
          fact('otherPenalties', 'greaterThan', 0),
          {
            all: [
              fact('isPerson', 'equal', true),
              fact('fineTotal', 'greaterThan', params.SIMPLE_PROCEDURE_MISUSED.personLimit),
            ],
          },
          {
            all: [
              fact('isPerson', 'equal', false),
              fact('fineTotal', 'greaterThan', params.SIMPLE_PROCEDURE_MISUSED.organizationLimit),
            ],
          },
        ],
      },
    ]),
    rule('FINE_OUTSIDE_BENCHMARK', [
      fact('hasBenchmark', 'equal', true),
      fact('hasFine', 'equal', true),
      fact('hasCircumstance', 'equal', true),
      { any: [fact('fineTotal', 'lessThan', { fact: 'benchmarkMin' }), later('fineTotal', 'benchmarkMax')] },
    ]),
    rule('PUBLICITY_OVERDUE', [
      fact('kind', 'in', ['penalty', 'license']),
      fact('decidedDay', 'lessThan', NEVER),
      later('publicityMetDay', 'publicityDueDay'),
    ]),
    rule('ITEM_NOT_IN_CATALOGUE', [fact('itemInCatalogue', 'equal', false)]),
    rule('AV_RECORD_MISSING', [
      fact('kind', 'in', ['coercion', 'inspection']),
      fact('audioVideoEvidence', 'equal', 0),
    ]),
  ];
}

/** The fastest of `rounds` timed runs, in ms: the machine is shared, so the best run is the fair one. */
async function best(rounds: number, run: () => unknown): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const t0 = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

/** Cases of the bench world and what the generator planted in them. */
function generated() {
  const world = generateWorld({ seed: 'bench', agencies: 400, from: '2024-01-01' });
  const records = [];
  const planted = new Map<string, number>();
  for (const c of generateCases(world, { seed: 'bench', count: COUNT, from: '2025-01-01', to: TODAY })) {
    records.push(CaseRecordSchema.parse(c.record));
    for (const d of c.defects) planted.set(d, (planted.get(d) ?? 0) + 1);
  }
  return { reference: new WorldReference(world), records, planted };
}

/** Runs the comparison and prints it; `npm run bench` calls it, and it runs alone too. */
export async function ruleEngineComparison(): Promise<void> {
  const schedules = bundledSchedules();
  const calendar = buildCalendar(schedules.keys(), [...schedules.values()].flat());
  const { reference, records, planted } = generated();
  const build = () => records.map((r) => buildCaseFacts(r, reference, { calendar, today: TODAY }));
  build();
  let facts: CaseFacts[] = [];
  const buildMs = await best(2, () => {
    facts = build();
  });

  const params = Object.fromEntries(RULE_CODES.map((code) => [code, defaultParameters(code)])) as Params;
  const paramsFor = (code: RuleCode) => params[code];
  const ten = CASE_RULES.filter((r) => TEN_RULES.includes(r.code));
  const oursMs = await best(3, () => {
    for (const f of facts) evaluateCase(f, paramsFor, ten);
  });
  const allRulesMs = await best(3, () => {
    for (const f of facts) evaluateCase(f, paramsFor);
  });
  const ours = new Map<string, number>();
  for (const f of facts)
    for (const code of new Set(evaluateCase(f, paramsFor, ten).map((x) => x.ruleCode)))
      ours.set(code, (ours.get(code) ?? 0) + 1);

  const engine = new Engine(jsonRules(params));
  for (const f of facts.slice(0, 5000)) await engine.run(flattenFacts(f, params));
  const flattenMs = await best(2, () => {
    for (const f of facts) flattenFacts(f, params);
  });
  let theirs = new Map<string, number>();
  const jsonMs = await best(2, async () => {
    theirs = new Map();
    for (const f of facts) {
      const { events } = await engine.run(flattenFacts(f, params));
      for (const e of events) theirs.set(e.type, (theirs.get(e.type) ?? 0) + 1);
    }
  });

  const perSecond = (ms: number) => `${fmt((COUNT / ms) * 1000).padStart(10)} cases/s  (${fmt(ms)} ms)`;
  console.log(`warning rules: ${fmt(COUNT)} generated cases judged on ${TODAY}, best of 2–3 runs`);
  console.log(`  facts, registers resolved once    ${perSecond(buildMs)}`);
  console.log(`  ours: evaluateCase, 10 rules      ${perSecond(oursMs)}`);
  console.log(`  ours: evaluateCase, all 16 rules  ${perSecond(allRulesMs)}`);
  console.log(
    `  json-rules-engine, 10 rules       ${perSecond(jsonMs)}, flattening included (${fmt(flattenMs)} ms)`,
  );
  console.log(
    `  ratio ours : json-rules-engine    ${fmt(jsonMs / oursMs, 1)}×  (engine run alone ${fmt((jsonMs - flattenMs) / oursMs, 1)}×; target ≥ 10×)`,
  );
  console.log('  fire counts (cases)                  ours  json-rules-engine  planted');
  let mismatch = false;
  for (const code of TEN_RULES) {
    const [a, b] = [ours.get(code) ?? 0, theirs.get(code) ?? 0];
    if (a !== b) mismatch = true;
    const row = `${fmt(a).padStart(7)}  ${fmt(b).padStart(17)}  ${fmt(planted.get(code) ?? 0).padStart(7)}`;
    console.log(`    ${code.padEnd(30)} ${row}${a === b ? '' : '  ← differ'}`);
  }
  if (mismatch) {
    console.error('fire counts differ between the two engines');
    process.exitCode = 1;
  }
}

// Run alone: npx tsx bench/src/warning-rules-compare.ts
if (process.argv[1]?.endsWith('warning-rules-compare.ts')) await ruleEngineComparison();
