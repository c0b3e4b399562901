import { makeCreditCode, makeResidentId, orgCodeCheckChar } from '@jiandu/contracts/codes';
import type { PublicDecision } from '@jiandu/contracts/publicity';
import type { APIRequestContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot } from '../src/browser.ts';
import { chinaDate } from '../src/case-seed.ts';
import { type ConsoleUser, signInConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const staff: ConsoleUser = { username: 'heping.scjg', password: 'Demo@2026ln' };
const AGENCY = '和平区市场监督管理局';
// A person's decision: her full name, ID number, phone, address and bank account must never reach the portal.
const PERSON_TITLE = '在居民楼内无证制售熟食案';
const PERSON = {
  type: 'person',
  name: '王秀英',
  idNumber: makeResidentId('21010219850315123'),
  address: '沈阳市和平区太原北街8号3单元502',
};
const SECRETS = [PERSON.name, PERSON.idNumber, '13912345678', '太原北街8号', '6222021234567890123'];
const COMPANY_TITLE = '销售超过保质期的预包装食品案';
const COMPANY = {
  type: 'organization',
  name: '沈阳市和平区福满楼餐饮有限公司',
  creditCode: makeCreditCode(`91210102MA0R7D2K${orgCodeCheckChar('MA0R7D2K')}`),
};
const WITHDRAWN_TITLE = '未按规定公示食品经营许可证案';

const { newPage } = browserPages();
/** The published decisions this file made, by case title. */
const published: Record<string, { id: string; decidedOn: string }> = {};

/** Posts to the console API as the signed-in page would: its session cookie and CSRF token. */
async function consoleApi(page: Page) {
  const request: APIRequestContext = page.request;
  const session = (await (await request.get(`${baseUrl}/api/auth/session`)).json()) as {
    csrfToken: string;
    user: { orgId: string };
  };
  const post = async <T>(url: string, body: object = {}): Promise<T> => {
    const res = await request.post(`${baseUrl}${url}`, {
      data: body,
      headers: { 'x-csrf-token': session.csrfToken },
    });
    if (!res.ok()) throw new Error(`${url} answered ${res.status()}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  return { orgId: session.user.orgId, post };
}

/** Reads a public endpoint of the test server. */
async function publicJson<T>(url: string): Promise<T> {
  return (await (await fetch(`${baseUrl}${url}`)).json()) as T;
}

/**
 * The market bureau's staff opens, decides and publishes three cases through the console API: a
 * person's (simple procedure), a company's (general procedure), and one it then withdraws.
 */
beforeAll(async () => {
  const page = await newPage();
  await signInConsole(page, baseUrl, staff);
  const { orgId, post } = await consoleApi(page);
  const agency = (
    await publicJson<{ name: string; creditCode: string }[]>(
      `/api/public/agencies?q=${encodeURIComponent(AGENCY)}`,
    )
  ).find((a) => a.name === AGENCY)!;
  // A penalty item of the agency in force today (the catalogue tests change others).
  const item = (
    await publicJson<{ code: string }[]>(
      `/api/public/items?agencyCreditCode=${agency.creditCode}&kind=penalty`,
    )
  )[0]!;
  const officers = (
    await publicJson<{ status: string; legalReviewer: boolean; certificateNumber: string }[]>(
      `/api/public/officers?agencyCreditCode=${agency.creditCode}`,
    )
  )
    .filter((o) => o.status === 'valid' && !o.legalReviewer)
    .slice(0, 2)
    .map((o) => o.certificateNumber);
  const decide = async (
    title: string,
    party: object,
    decision: object,
    general: boolean,
  ): Promise<{ caseId: string; publicationId: string; decidedOn: string }> => {
    const opened = await post<{ summary: { id: string } }>('/api/cases', {
      agencyId: orgId,
      itemCode: item.code,
      kind: 'penalty',
      procedure: general ? 'general' : 'simple',
      title,
      party,
      officers,
      openedOn: chinaDate(general ? -30 : -3),
    });
    const caseId = opened.summary.id;
    const decidedOn = chinaDate(general ? -10 : -3);
    if (general)
      await post(`/api/cases/${caseId}/stages`, { type: 'notified', at: chinaDate(-25), expectedVersion: 1 });
    await post(`/api/cases/${caseId}/stages`, {
      type: 'decided',
      at: decidedOn,
      expectedVersion: general ? 2 : 1,
      decision,
    });
    const detail = await post<{ publications: { id: string }[] }>(`/api/cases/${caseId}/publication`);
    return { caseId, publicationId: detail.publications[0]!.id, decidedOn };
  };
  const person = await decide(
    PERSON_TITLE,
    PERSON,
    {
      penalties: [{ type: 'fine', amount: 180 }],
      circumstance: 'general',
      facts: `当事人王秀英 (身份证号 ${PERSON.idNumber}, 电话 13912345678) 在${PERSON.address}无证制售熟食, 货款经银行账户6222021234567890123收取。`,
      legalBasis: '《无证无照经营查处办法》第十三条',
    },
    false,
  );
  const company = await decide(
    COMPANY_TITLE,
    COMPANY,
    {
      penalties: [{ type: 'warning' }, { type: 'fine', amount: 8500 }],
      circumstance: 'lighter',
      facts:
        '当事人在其经营场所销售超过保质期的预包装食品共计12件, 货值金额360元, 有现场检查笔录和照片为证。',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
    },
    true,
  );
  const withdrawn = await decide(
    WITHDRAWN_TITLE,
    COMPANY,
    {
      penalties: [{ type: 'warning' }],
      circumstance: 'general',
      facts: '当事人未在经营场所显著位置悬挂食品经营许可证正本, 有现场检查笔录为证。',
      legalBasis: '《食品经营许可和备案管理办法》第五十三条',
    },
    false,
  );
  await post(`/api/cases/${withdrawn.caseId}/publication/withdraw`, { reason: '复议机关撤销原处罚决定' });
  published[PERSON_TITLE] = { id: person.publicationId, decidedOn: person.decidedOn };
  published[COMPANY_TITLE] = { id: company.publicationId, decidedOn: company.decidedOn };
  published[WITHDRAWN_TITLE] = { id: withdrawn.publicationId, decidedOn: withdrawn.decidedOn };
  await page.context().close();
});

/** The search's result rows (on a phone each row is a block, but still a row). */
function resultRows(page: Page) {
  return page.locator('table.data tbody tr');
}

/** Expects none of the person's identifying details anywhere in the page's text. */
async function expectNoPersonalData(page: Page): Promise<void> {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
}

describe('published enforcement decisions on the portal', () => {
  it('finds a person’s decision by its case title and shows it as a notice without her personal data', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('main').getByRole('link', { name: '执法决定公示' }).click();
    await page.getByRole('heading', { level: 1, name: '行政执法决定公示' }).waitFor();
    const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(feed.getAttribute('href')).resolves.toBe('/api/public/decisions/feed.xml');
    const atom = await fetch(`${baseUrl}/api/public/decisions/feed.xml`);
    expect(atom.headers.get('content-type')).toContain('atom');
    await page.getByRole('link', { name: /订阅最新公示/ }).waitFor();

    await page.getByLabel('案由、当事人、文号或执法机关').fill('无证制售熟食');
    await page.getByRole('button', { name: '查询' }).click();
    const rows = resultRows(page);
    await expect
      .poll(async () => {
        const titles = await rows.locator('td:nth-child(2)').allInnerTexts();
        return titles.length > 0 && titles.every((title) => title.includes('无证制售熟食'));
      })
      .toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('无证制售熟食');
    await page.getByText(/共 \d+ 件执法决定/).waitFor();
    const row = rows.filter({ hasText: PERSON_TITLE }).first();
    await expect(row.locator('td:nth-child(3)').textContent()).resolves.toBe('王某');
    await expect(row.textContent()).resolves.toContain('罚款 180元');
    await expectNoPersonalData(page);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'portal-decisions');

    await row.getByRole('link', { name: PERSON_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: '行政处罚决定信息公示' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/decisions/${published[PERSON_TITLE]!.id}`);
    const notice = page.getByRole('article');
    const text = (await notice.textContent()) ?? '';
    for (const expected of [
      AGENCY,
      PERSON_TITLE,
      '王某',
      '当事人王某',
      '罚款 180元',
      '违法事实',
      '处罚依据',
      '公示期限至',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('已隐去身份证件号码');
    expect(text).not.toContain('统一社会信用代码');
    await expectNoPersonalData(page);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'portal-decision');
    await page.context().close();
  });

  it('lists one agency’s decisions of a day from its page, and reads well on a phone', async () => {
    const page = await newPage(390, 844);
    await page.goto(`${baseUrl}/agencies?q=${encodeURIComponent(AGENCY)}`);
    await page.getByRole('link', { name: AGENCY, exact: true }).click();
    await page.getByRole('heading', { name: AGENCY }).waitFor();
    await page.getByRole('link', { name: '查看本机关执法决定公示' }).click();
    await page.getByRole('heading', { level: 1, name: '行政执法决定公示' }).waitFor();
    await page.getByText(/共 \d+ 件执法决定/).waitFor();
    await expect(page.getByLabel('执法机关').locator('option:checked').textContent()).resolves.toBe(AGENCY);
    const agencies = await resultRows(page).locator('td:nth-child(4)').allInnerTexts();
    expect(agencies.length).toBeGreaterThan(0);
    for (const agency of agencies) expect(agency).toContain(AGENCY);
    await expect(page.getByText(WITHDRAWN_TITLE).count()).resolves.toBe(0);

    const day = published[COMPANY_TITLE]!.decidedOn;
    await page.getByLabel('决定日期 (起)').fill(day);
    await page.getByLabel('决定日期 (止)').fill(day);
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe(day);
    const rows = resultRows(page);
    await expect
      .poll(async () => {
        const days = await rows.locator('td:nth-child(6)').allInnerTexts();
        return days.length > 0 && days.every((d) => d.includes(day));
      })
      .toBe(true);
    await expectNoOverflow(page);
    await expectAccessible(page);
    await screenshot(page, 'portal-decisions-phone');

    await rows.filter({ hasText: COMPANY_TITLE }).first().getByRole('link').click();
    const notice = page.getByRole('article');
    await notice.getByRole('heading', { level: 1 }).waitFor();
    const text = (await notice.textContent()) ?? '';
    for (const expected of [
      COMPANY.name,
      '统一社会信用代码',
      COMPANY.creditCode,
      '警告',
      '罚款 8,500元',
      '从轻处罚',
    ])
      expect(text).toContain(expected);
    await expectNoOverflow(page);
    await expectAccessible(page);
    await screenshot(page, 'portal-decision-phone');
    await page.context().close();
  });

  it('says plainly that a withdrawn decision is no longer published', async () => {
    const id = published[WITHDRAWN_TITLE]!.id;
    expect((await fetch(`${baseUrl}/api/public/decisions/${id}`)).status).toBe(404);
    const list = await publicJson<{ items: PublicDecision[] }>(
      `/api/public/decisions?q=${encodeURIComponent(WITHDRAWN_TITLE)}`,
    );
    expect(list.items.map((d) => d.id)).not.toContain(id);
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      const page = await newPage(width, height);
      await page.goto(`${baseUrl}/decisions/${id}`);
      await page.getByRole('heading', { level: 1, name: '该公示不存在或已撤下、已到期' }).waitFor();
      await expect(page.getByText(WITHDRAWN_TITLE).count()).resolves.toBe(0);
      await expectAccessible(page);
      await expectNoOverflow(page);
      await page.getByRole('link', { name: '返回执法决定公示' }).click();
      await page.getByRole('heading', { level: 1, name: '行政执法决定公示' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/decisions');
      await page.context().close();
    }
  });
});
