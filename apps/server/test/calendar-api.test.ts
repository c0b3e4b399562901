import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/calendar/working-days?${query}` });

describe('GET /api/calendar/working-days', () => {
  it('counts across National Day, counting the Saturday make-up working day', async () => {
    const res = await get('from=2026-09-28&add=7');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.date).toBe('2026-10-13');
    expect(body.derivation.holidays).toEqual(['国庆节']);
    expect(body.derivation.makeUpWorkdays).toEqual(['2026-10-10']);
    expect(body.derivation.explanation).toContain('2026-10-13');
  });

  it('lands on a Sunday that is an official working day', async () => {
    expect((await get('from=2026-09-18&add=1')).json().date).toBe('2026-09-20');
  });

  it('refuses an impossible date with a Chinese message', async () => {
    const res = await get('from=2026-02-30&add=3');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toEqual([{ path: 'querystring.from', message: '不是有效的日期' }]);
  });

  it.each([
    ['from=2026-09-28&add=0', 'querystring.add'],
    ['from=2026-09-28&add=366', 'querystring.add'],
    ['from=2026-09-28&add=1.5', 'querystring.add'],
    ['from=2026-09-28&add=abc', 'querystring.add'],
    ['add=3', 'querystring.from'],
    ['from=20260928&add=3', 'querystring.from'],
  ])('refuses %s naming the bad parameter', async (query, path) => {
    const res = await get(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(res.json().detail).toMatch(/请求参数不合法/);
  });

  it('refuses to guess when the year has no loaded schedule, naming the year', async () => {
    const res = await get('from=2026-12-28&add=5');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect(res.json().detail).toContain('2027年');
  });

  it('answers for a new year once an administrator loads it', async () => {
    await t.context.calendar.loadYears(
      new Map([
        [
          2027,
          [
            { date: '2027-01-01', kind: 'holiday' as const, name: '元旦' },
            { date: '2027-01-02', kind: 'holiday' as const, name: '元旦' },
            { date: '2027-01-03', kind: 'holiday' as const, name: '元旦' },
          ],
        ],
      ]),
      'test notice',
      { id: null, name: 'test' },
    );
    const res = await get('from=2026-12-31&add=1');
    expect(res.statusCode).toBe(200);
    expect(res.json().date).toBe('2027-01-04');
  });
});
