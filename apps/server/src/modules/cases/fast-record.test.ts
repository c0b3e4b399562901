import { makeCreditCode, makeResidentId, orgCodeCheckChar } from '@jiandu/contracts/codes';
import { CaseRecordSchema } from '@jiandu/contracts/exchange';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastRecord } from './fast-record.ts';

const agency = makeCreditCode(`11210102MB123456${orgCodeCheckChar('MB123456')}`);

const base = (): Record<string, unknown> => ({
  externalId: 'A-1',
  version: 2,
  agencyCreditCode: agency,
  itemCode: ' SC-CF-0001 ',
  kind: 'penalty',
  procedure: 'general',
  title: '销售过期食品案',
  party: { type: 'person', name: ' 王秀英 ', idNumber: makeResidentId('21010219850315123'), extra: 1 },
  violationEndedAt: '2026-08-20',
  officers: [' 21010226000001', '21010226000002'],
  events: [
    { type: 'filed', at: '2026-09-01' },
    { type: 'legal_review', at: '2026-09-20', reviewer: ' R-1 ', opinion: 'approved', note: '同意' },
    { type: 'extension_approved', at: '2026-09-21', days: 30 },
    { type: 'decided', at: '2026-09-24T10:00:00+08:00' },
  ],
  decision: {
    penalties: [{ type: 'warning' }, { type: 'fine', amount: 3000.5 }],
    circumstance: 'lighter',
    facts: ' 事实 ',
  },
  evidence: [{ kind: 'photo', sha256: 'A'.repeat(64), capturedAt: '2026-09-02T09:30:00Z' }],
  unknownField: { ignored: true },
});

const FIELDS = Object.keys(base());
const NESTED = [
  'party.name',
  'party.type',
  'party.idNumber',
  'party.birthDate',
  'party.address',
  'events.0.at',
  'events.1.reviewer',
  'events.1.opinion',
  'events.2.days',
  'decision.penalties',
  'decision.circumstance',
  'evidence.0.sha256',
  'officers.0',
];

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node: unknown = target;
  for (const part of parts.slice(0, -1)) node = (node as Record<string, unknown>)?.[part];
  if (node && typeof node === 'object') (node as Record<string, unknown>)[parts.at(-1)!] = value;
}

describe('the fast record check', () => {
  it('returns exactly what the zod schema returns for a valid record, keys in the same order', () => {
    const input = base();
    const fast = fastRecord(input);
    const zod = CaseRecordSchema.parse(input);
    expect(fast).not.toBeNull();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
  });

  it('never accepts what zod rejects, and agrees on the output whenever it accepts', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        '',
        ' ',
        '2026-02-29',
        '2026-03-01T09:30',
        'x'.repeat(70),
        0,
        -1,
        1.5,
        3000.555,
        null,
        true,
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...FIELDS, ...NESTED), value, fc.boolean()), { maxLength: 4 }),
        (edits) => {
          const input = base();
          for (const [path, v, remove] of edits) {
            if (remove && !path.includes('.')) delete input[path];
            else setPath(input, path, v);
          }
          const fast = fastRecord(input);
          if (fast === null) return;
          const zod = CaseRecordSchema.safeParse(input);
          expect(zod.success, JSON.stringify(zod.error?.issues)).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
