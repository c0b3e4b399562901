import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { buildCase, creditCodeOf, postNdjson, sourceFor } from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let token: string;
let heping: string;

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  heping = await creditCodeOf(t, '和平区市场监督管理局');
  token = await sourceFor(t, '模糊测试来源', ['和平区市场监督管理局']);
});
afterAll(() => t.close());

const FIELDS = [
  'externalId',
  'version',
  'agencyCreditCode',
  'itemCode',
  'kind',
  'procedure',
  'title',
  'party',
  'violationEndedAt',
  'officers',
  'major',
  'hearingEligible',
  'events',
  'decision',
  'evidence',
];

/** A valid record with some fields replaced by anything JSON can hold, or nested values broken. */
const mutatedRecord = fc
  .tuple(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 3 })), { maxLength: 4 }),
    fc.array(
      fc.record({
        type: fc.oneof(
          fc.constantFrom('filed', 'decided', 'legal_review', 'extension_approved'),
          fc.string(),
        ),
        at: fc.oneof(
          fc.string(),
          fc.constantFrom('2026-02-29', '2026-12-31T25:00', '2026-03-01T09:30:00-13:00'),
        ),
        days: fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)),
      }),
      { maxLength: 3 },
    ),
  )
  .map(([n, replacements, events]) => {
    const record: Record<string, unknown> = buildCase(heping, { externalId: `FZ-${n}` });
    if (events.length) record.events = events;
    for (const [field, value] of replacements) record[field] = value;
    return JSON.stringify(record);
  });

/** Any line at all: broken JSON, JSON that is not a record, or a damaged record. */
const anyLine = fc.oneof(
  mutatedRecord,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('the exchange endpoint under generated input', () => {
  it('answers every NDJSON batch with 200 and one result per record, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyLine, { minLength: 1, maxLength: 20 }), async (lines) => {
        const clean = lines.map((l) => l.replace(/[\r\n]/g, ' '));
        const res = await postNdjson(t.app, token, clean);
        expect(res.statusCode).toBe(200);
        const body = res.json();
        const nonBlank = clean.filter((l) => l.trim()).length;
        expect(body.received).toBe(nonBlank);
        expect(body.results).toHaveLength(nonBlank);
        for (const result of body.results) {
          expect(['created', 'updated', 'unchanged', 'stale', 'rejected']).toContain(result.status);
          if (result.status === 'rejected') expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('never answers a JSON body with a 5xx, whatever its shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), anyLine), async (payload) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/exchange/v1/cases',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          payload,
        });
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
