import { CIRCUMSTANCES } from '@jiandu/contracts/catalogue-labels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceIndex } from '../src/modules/warnings/reference/load-reference-index.ts';
import type { ReferenceIndex } from '../src/modules/warnings/reference/reference-index.ts';
import { addDays } from '../src/platform/calendar/dates.ts';
import { AppError } from '../src/platform/errors.ts';
import { TEST_DIALECT, type TestApp } from './harness.ts';
import { actor, around, itemsWithVersions, referenceWorld, today } from './warnings-reference-fixtures.ts';

/*
 * The preloaded reference index of the warning rules against the registers' own answers, on days
 * around every change: status events, expiry, transfers, revoked and superseded qualifications,
 * superseded and withdrawn item and benchmark versions.
 */

let t: TestApp;
let history: { moved: string; suspended: string };
let index: ReferenceIndex;
const db = () => t.context.database.db;
const services = () => t.context.services;

beforeAll(async () => {
  ({ t, history } = await referenceWorld());
  const started = performance.now();
  index = await loadReferenceIndex(t.context.services, { pageSize: 97 });
  const ms = performance.now() - started;
  console.log(
    `[${TEST_DIALECT}] reference index: ${JSON.stringify(index.size)} loaded in ${ms.toFixed(0)} ms`,
  );
});
afterAll(() => t.close());

describe('the preloaded reference index', () => {
  it('knows every certificate and answers like the certificate register on days around every change', async () => {
    const certificates = await db()
      .selectFrom('certificate')
      .select(['id', 'number', 'issue_date', 'expiry_date', 'officer_id'])
      .orderBy('number')
      .execute();
    const events = await db()
      .selectFrom('certificate_event')
      .select(['certificate_id', 'effective_date'])
      .execute();
    const changed = new Set(
      events
        .filter((e, _, all) => all.filter((x) => x.certificate_id === e.certificate_id).length > 1)
        .map((e) => e.certificate_id),
    );
    expect(index.size.certificates).toBe(certificates.length);
    const days = new Map<string, Set<string>>();
    const ask = (day: string, number: string) => days.set(day, (days.get(day) ?? new Set()).add(number));
    certificates.forEach((c, i) => {
      ask(today, c.number);
      if (!changed.has(c.id) && i % 7 !== 0) return;
      for (const d of [...around(c.issue_date), ...around(c.expiry_date), '2020-06-30']) ask(d, c.number);
      for (const e of events.filter((x) => x.certificate_id === c.id))
        for (const d of around(e.effective_date)) ask(d, c.number);
    });
    for (const d of [
      ...around(addDays(today, -100)),
      ...around(addDays(today, -60)),
      ...around(addDays(today, -20)),
    ])
      for (const n of Object.values(history)) ask(d, n);
    let compared = 0;
    for (const [day, numbers] of days) {
      const holders = await services().certificates.officersByCertificate([...numbers], day);
      for (const number of numbers) {
        const holder = holders.get(number)!;
        const ours = index.certificate(number, day);
        expect({ number, day, found: ours.found, status: ours.status, valid: ours.valid }).toEqual({
          number,
          day,
          found: holder.exists,
          status: holder.status,
          valid: holder.valid,
        });
        expect([ours.legalReviewer, ours.type]).toEqual([holder.legalReviewer, holder.type]);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(2_000);
    expect(index.certificate(history.suspended, addDays(today, -40)).status).toBe('suspended');
    expect(index.certificate(history.suspended, addDays(today, -20)).valid).toBe(true);
    expect(index.certificate(` ${history.suspended.toLowerCase()} `, today).found).toBe(true);
    expect(index.certificate('21999999999999', today)).toMatchObject({
      found: false,
      valid: false,
      status: null,
    });
  });

  it("gives the agency the holder served that day, as the officer's post history shows it", async () => {
    const officers = await db()
      .selectFrom('certificate')
      .innerJoin('officer_post', 'officer_post.officer_id', 'certificate.officer_id')
      .select(['certificate.number', 'certificate.officer_id'])
      .groupBy(['certificate.number', 'certificate.officer_id'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(officers.map((o) => o.number)).toContain(history.moved);
    for (const { number, officer_id } of officers) {
      const posts = await services().officers.posts(actor, officer_id);
      const current = (await services().certificates.officersByCertificate([number], today)).get(number)!;
      expect(index.certificate(number, today).agencyCreditCode).toBe(current.agencyCreditCode);
      for (const post of posts) {
        const org = await services().orgs.findById(post.orgId);
        for (const day of [post.fromDate, post.toDate ?? today])
          expect(index.certificate(number, day).agencyCreditCode, `${number} ${day}`).toBe(org?.credit_code);
      }
    }
  });

  it('answers qualification like the agency register, including revoked and superseded versions', async () => {
    const orgs = await db()
      .selectFrom('org')
      .select(['id', 'credit_code'])
      .where('credit_code', 'is not', null)
      .execute();
    const events = await db()
      .selectFrom('agency_qualification_event')
      .select(['org_id', 'effective_date'])
      .execute();
    const terms = await db()
      .selectFrom('agency_qualification')
      .select(['org_id', 'term_start', 'term_end'])
      .execute();
    expect(index.size.agencies).toBe(orgs.length);
    let qualifiedAnswers = 0;
    for (const org of orgs) {
      const days = new Set([today, '2010-01-01']);
      for (const e of events.filter((x) => x.org_id === org.id))
        for (const d of around(e.effective_date)) days.add(d);
      for (const v of terms.filter((x) => x.org_id === org.id))
        for (const d of [...around(v.term_start), ...around(v.term_end)]) days.add(d);
      for (const day of days) {
        const expected = (await services().agencies.qualificationOn(org.credit_code!, day)).qualified;
        expect(index.agencyQualified(org.credit_code!, day), `${org.credit_code} ${day}`).toBe(expected);
        if (expected) qualifiedAnswers += 1;
      }
    }
    expect(qualifiedAnswers).toBeGreaterThan(50);
    const revoked = await db()
      .selectFrom('agency_qualification')
      .innerJoin('org', 'org.id', 'agency_qualification.org_id')
      .select(['org.credit_code', 'revoked_on'])
      .where('revoked_on', 'is not', null)
      .execute();
    expect(revoked.length).toBeGreaterThan(0);
    for (const r of revoked) expect(index.agencyQualified(r.credit_code!, r.revoked_on!)).toBe(false);
    expect(index.agencyQualified('91210000MA0000000X', today)).toBe(false);
  });

  it('answers "in the catalogue on that day" like the catalogue, around superseded and withdrawn versions', async () => {
    const items = await itemsWithVersions(t);
    expect(index.size.items).toBe(items.length);
    let compared = 0;
    for (const [i, item] of items.entries()) {
      if (item.versions.length < 2 && !item.withdrawn && i % 10 !== 0) continue;
      const days = new Set([today, ...item.versions.flatMap((v) => [...around(v.from), ...around(v.to)])]);
      for (const day of days) {
        const expected = await services().catalogue.itemOn({
          agencyCreditCode: item.agency,
          itemCode: item.code,
          date: day,
        });
        expect(index.itemInCatalogue(item.agency, item.code, day), `${item.code} ${day}`).toBe(
          expected.inCatalogue,
        );
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(500);
    const [first] = items;
    expect(index.itemInCatalogue(first!.agency, 'NO-SUCH-ITEM', today)).toBe(false);
    expect(
      index.itemInCatalogue(first!.agency.toLowerCase(), first!.code.toLowerCase(), first!.versions[0]!.from),
    ).toBe(true);
    expect(index.itemInCatalogue('91210000MA0000000X', first!.code, today)).toBeNull();
  });

  it('gives the benchmark range the catalogue applies to an act on that day, for every circumstance', async () => {
    const items = (await itemsWithVersions(t)).filter((i) => i.benchmarks.length > 0);
    expect(items.length).toBeGreaterThan(100);
    const seen = { range: 0, noFine: 0, none: 0, multiple: 0 };
    for (const [i, item] of items.entries()) {
      if (item.benchmarks.length < 2 && i % 8 !== 0) continue;
      const days = new Set(item.benchmarks.flatMap((v) => [...around(v.from), ...around(v.to)]));
      for (const day of days)
        for (const circumstance of CIRCUMSTANCES) {
          const ours = index.benchmark(item.agency, item.code, circumstance, day);
          const request = { agencyCreditCode: item.agency, itemCode: item.code, circumstance, actDate: day };
          const result = await services()
            .catalogue.evaluate(request)
            .catch((e: AppError) => e);
          if (!(result instanceof AppError)) {
            const fine = result.applied.fine;
            expect(ours, `${item.code} ${day} ${circumstance}`).toMatchObject(
              fine ? { min: fine.min, max: fine.max } : { max: 0 },
            );
            expect(ours?.source).toContain(`第${result.applied.benchmarkVersion}版`);
            seen[fine ? 'range' : 'noFine'] += 1;
          } else if (result.detail.includes('请提供')) {
            // A multiple of the illegal gains: whatever the amounts, the fine stays within the range.
            expect(ours?.max).toBeNull();
            for (const amount of [0, 5_000, 2_000_000]) {
              const { applied } = await services().catalogue.evaluate({
                ...request,
                illegalGains: amount,
                goodsValue: amount,
              });
              expect(applied.fine?.min).toBeGreaterThanOrEqual(ours?.min ?? 0);
            }
            seen.multiple += 1;
          } else {
            expect(result.code).toBe('VALIDATION_FAILED');
            expect(ours, `${item.code} ${day} ${circumstance}: ${result.detail}`).toBeNull();
            seen.none += 1;
          }
        }
    }
    console.log(`[${TEST_DIALECT}] benchmark answers compared: ${JSON.stringify(seen)}`);
    expect(seen.range).toBeGreaterThan(100);
    expect(seen.none).toBeGreaterThan(10);
  }, 120_000); // every benchmark of every item on days around each version: ~25 s on PostgreSQL
});
