import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinceRegions } from '../src/modules/regions/regions.dataset.ts';
import {
  type ProvinceLoadSummary,
  RegionService,
  seedRegions,
} from '../src/modules/regions/regions.service.ts';
import { createTestApp, type TestApp } from './harness.ts';

const ACTOR = { id: null, name: 'test' };
const LIAONING_CITIES = [
  '沈阳市',
  '大连市',
  '鞍山市',
  '抚顺市',
  '本溪市',
  '丹东市',
  '锦州市',
  '营口市',
  '阜新市',
  '辽阳市',
  '盘锦市',
  '铁岭市',
  '朝阳市',
  '葫芦岛市',
];

let t: TestApp;
let regions: RegionService;
let firstLoad: ProvinceLoadSummary | null;
beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false });
  regions = new RegionService(t.context.database.db);
  firstLoad = await seedRegions(regions, ACTOR);
});
afterAll(() => t.close());

const db = () => t.context.database.db;
const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('the Liaoning region tree', () => {
  it('holds the province, its 14 cities and every county and township of the dataset', async () => {
    const dataset = provinceRegions('21')!;
    const expected = (level: string) => dataset.filter((r) => r.level === level).length;
    expect(firstLoad).toMatchObject({ province: 1, cities: 14, inserted: dataset.length, updated: 0 });
    const rows = await db()
      .selectFrom('region')
      .selectAll()
      .where('code', 'like', '21%')
      .orderBy('code')
      .execute();
    const of = (level: string) => rows.filter((r) => r.level === level);
    expect(of('province').map((r) => r.name)).toEqual(['辽宁省']);
    expect(of('city').map((r) => r.name)).toEqual(LIAONING_CITIES);
    expect(of('county')).toHaveLength(expected('county'));
    expect(of('township')).toHaveLength(expected('township'));
    expect([expected('county'), expected('township')]).toEqual([100, 1406]);
  });

  it('hangs every township from a county, every county from a city, every city from 210000', async () => {
    const rows = await db().selectFrom('region').selectAll().execute();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const townships = rows.filter((r) => r.level === 'township');
    for (const township of townships) {
      const county = byCode.get(township.parent_code!);
      const city = byCode.get(county?.parent_code ?? '');
      expect([county?.level, city?.level, city?.parent_code]).toEqual(['county', 'city', '210000']);
      expect(township.code).toMatch(/^\d{9}$/);
      expect(township.code.startsWith(county!.prefix)).toBe(true);
      expect(township.full_name).toBe(county!.full_name + township.name);
    }
  });

  it('answers the subtree prefix and containment that data scope by region relies on', async () => {
    expect(await regions.subtreePrefix('210100')).toBe('2101');
    expect(await regions.subtreePrefix('210000')).toBe('21');
    expect(await regions.subtreePrefix('210102')).toBe('210102');
    expect(await regions.isWithin('210102001', '210100')).toBe(true);
    expect(await regions.isWithin('210100', '210100')).toBe(true);
    expect(await regions.isWithin('210202', '210100')).toBe(false);
    expect(await regions.isWithin('210100', '210102')).toBe(false);
    expect(await regions.isWithin('219999', '210000')).toBe(false);
    const ancestors = await regions.ancestors('210102001');
    expect(ancestors.map((a) => a.name)).toEqual(['辽宁省', '沈阳市', '和平区']);
  });

  it('shows a region with its ancestors over HTTP', async () => {
    const res = await get('/api/regions/210102');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      code: '210102',
      name: '和平区',
      level: 'county',
      parentCode: '210100',
      prefix: '210102',
      fullName: '辽宁省沈阳市和平区',
    });
    expect(body.ancestors.map((a: { name: string }) => a.name)).toEqual(['辽宁省', '沈阳市']);
    expect(body.childCount).toBeGreaterThan(0);
    expect(body).not.toHaveProperty('source');
  });

  it('lists the children of a city', async () => {
    const res = await get('/api/regions/210100/children');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; name: string; level: string }[];
    expect(items.map((i) => i.name)).toContain('和平区');
    expect(new Set(items.map((i) => i.level))).toEqual(new Set(['county']));
    expect(items.map((i) => i.code)).toEqual([...items.map((i) => i.code)].sort());
  });

  it('searches by name, ranking the exact name first, and filters by level and parent', async () => {
    const res = await get(`/api/regions?q=${encodeURIComponent('和平区')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: '210102', name: '和平区' });
    const streets = await get(`/api/regions?level=township&parent=210102`);
    const items = streets.json().items as { parentCode: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.parentCode === '210102')).toBe(true);
    const many = await get(`/api/regions?q=${encodeURIComponent('辽宁')}`);
    expect(many.json().items).toHaveLength(50);
    expect((await get('/api/regions?q=%25')).statusCode).toBe(200);
  });

  it('answers an unknown code with a Chinese 404 problem and a malformed one with 400', async () => {
    for (const url of ['/api/regions/219999', '/api/regions/219999/children']) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', detail: '行政区划代码 219999 不存在或尚未导入' });
    }
    const bad = await get('/api/regions/21a');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('行政区划代码应为6位或9位数字');
  });

  it('declares every region route public and documents it in OpenAPI', async () => {
    const routes = t.app.routeCatalogue.filter((r) => r.url.startsWith('/api/regions'));
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(routes.every((r) => r.access === 'public')).toBe(true);
    const doc = (await get('/api/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/regions', '/api/regions/{code}', '/api/regions/{code}/children']),
    );
  });

  it('changes nothing when loaded again, and seeding does not load twice', async () => {
    const before = await db().selectFrom('region').selectAll().orderBy('code').execute();
    const again = await regions.loadProvince('210000', ACTOR);
    expect(again).toMatchObject({ inserted: 0, updated: 0, townships: firstLoad!.townships });
    expect(await seedRegions(regions, ACTOR)).toBeNull();
    expect(await db().selectFrom('region').selectAll().orderBy('code').execute()).toEqual(before);
  });

  it('loads Beijing beside Liaoning without touching it', async () => {
    const liaoning = await db()
      .selectFrom('region')
      .selectAll()
      .where('code', 'like', '21%')
      .orderBy('code')
      .execute();
    const beijing = await regions.loadProvince('11', ACTOR);
    expect(beijing).toMatchObject({ code: '110000', name: '北京市', updated: 0 });
    expect(beijing.inserted).toBe(provinceRegions('11')!.length);
    expect((await regions.get('110101')).fullName).toBe('北京市东城区');
    expect(
      await db().selectFrom('region').selectAll().where('code', 'like', '21%').orderBy('code').execute(),
    ).toEqual(liaoning);
  });

  it('refuses an unknown province, naming the valid codes', async () => {
    await expect(regions.loadProvince('99', ACTOR)).rejects.toThrow(/未知的省级行政区划代码 99.*21 辽宁省/);
  });

  it('records every load in the audit trail with its counts', async () => {
    const events = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'region.load')
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.target_id)).toEqual(['210000', '210000', '110000']);
    expect(events[0]).toMatchObject({ actor_name: 'test', target_type: 'region' });
    expect(JSON.parse(events[0]!.detail)).toMatchObject({ cities: 14, inserted: firstLoad!.inserted });
    expect(JSON.parse(events[1]!.detail)).toMatchObject({ inserted: 0, updated: 0 });
  });
});
