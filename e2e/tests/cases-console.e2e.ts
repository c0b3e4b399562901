import { makeCreditCode, makeResidentId, orgCodeCheckChar } from '@jiandu/contracts/codes';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot, settle } from '../src/browser.ts';
import { chinaDate, reportCases } from '../src/case-seed.ts';
import { type ConsoleUser, signInConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const supervisor: ConsoleUser = { username: 'heping.jiandu', password: 'Demo@2026ln' };
const AGENCY = '和平区市场监督管理局';
// Decided six weeks ago and neither served nor published: both duties are long past due.
const LATE = 'E2E-CASE-0001';
const LATE_TITLE = '销售不合格眼镜案';
// Served, published and paid on time.
const ON_TIME = 'E2E-CASE-0002';
const SHOP = makeCreditCode(`92210102MA0P4X5K${orgCodeCheckChar('MA0P4X5K')}`);

const { newPage } = browserPages();

beforeAll(async () => {
  const batch = await reportCases(baseUrl, '和平区市场监管办案系统 (浏览器测试)', [AGENCY], (credit) => [
    {
      externalId: LATE,
      version: 1,
      agencyCreditCode: credit[AGENCY],
      itemCode: 'SJ-CF-0342',
      kind: 'penalty',
      procedure: 'general',
      title: LATE_TITLE,
      party: { type: 'person', name: '王秀英', idNumber: makeResidentId('21010219850315123') },
      violationEndedAt: chinaDate(-80),
      officers: ['21010226000001', '21010226000002'],
      major: true,
      events: [
        { type: 'filed', at: chinaDate(-70) },
        { type: 'notified', at: `${chinaDate(-60)}T10:00:00+08:00` },
        { type: 'hearing_requested', at: chinaDate(-58) },
        { type: 'hearing_held', at: chinaDate(-52) },
        { type: 'legal_review', at: chinaDate(-48), reviewer: '21010226000031', opinion: 'approved' },
        { type: 'decided', at: chinaDate(-42) },
      ],
      decision: { penalties: [{ type: 'fine', amount: 40_000 }], circumstance: 'general' },
      evidence: [{ kind: 'photo', sha256: 'ab'.repeat(32), capturedAt: `${chinaDate(-69)}T09:30:00+08:00` }],
    },
    {
      externalId: ON_TIME,
      version: 1,
      agencyCreditCode: credit[AGENCY],
      itemCode: 'SJ-CF-0342',
      kind: 'penalty',
      procedure: 'general',
      title: '未明码标价案',
      party: { type: 'organization', name: '沈阳市和平区宏达五金经营部', creditCode: SHOP },
      officers: ['21010226000001', '21010226000002'],
      events: [
        { type: 'filed', at: chinaDate(-40) },
        { type: 'notified', at: chinaDate(-30) },
        { type: 'decided', at: chinaDate(-25) },
        { type: 'served', at: chinaDate(-24) },
        { type: 'published', at: chinaDate(-23) },
        { type: 'executed', at: chinaDate(-20) },
      ],
      decision: { penalties: [{ type: 'fine', amount: 2_000 }], circumstance: 'lighter' },
    },
  ]);
  expect(batch).toMatchObject({ created: 2, rejected: 0 });
});

/** The list's rows once every one matches `test`. */
async function rowsWhere(page: Page, test: (texts: string[]) => boolean): Promise<Locator> {
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect.poll(async () => test(await rows.allInnerTexts())).toBe(true);
  return rows;
}

describe('enforcement cases in the console', () => {
  it('a supervisor finds the cases with missed deadlines and reads why', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.getByRole('menuitem', { name: '执法案件' }).click();
    const search = page.getByLabel('搜索执法案件');
    await search.fill('E2E-CASE');
    await search.press('Enter');
    const both = await rowsWhere(page, (texts) => texts.length === 2);
    await expect(both.first().textContent()).resolves.toContain(AGENCY);
    // A person's name is masked for a supervisor without the right to read personal data.
    await expect(both.filter({ hasText: LATE }).textContent()).resolves.toContain('王*英');

    await page.getByRole('switch', { name: '只看有逾期' }).click();
    const late = await rowsWhere(page, (texts) => texts.length === 1 && texts[0]!.includes(LATE));
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
    await expect(late.first().textContent()).resolves.toContain('逾期 2 项');
    await expect(late.first().textContent()).resolves.toContain('罚款 40,000元');
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-cases-overdue');

    await late.first().getByRole('link', { name: LATE }).click();
    await page.getByRole('heading', { level: 4, name: LATE_TITLE }).waitFor();
    await page.getByText('重大执法决定', { exact: true }).waitFor();
    const stages = page.getByRole('tabpanel', { name: '办案环节' }).locator('.ant-timeline-item');
    await expect.poll(() => stages.count()).toBe(6);
    const labels = await stages.locator('strong').allInnerTexts();
    expect(labels).toEqual(['立案', '告知', '申请听证', '举行听证', '法制审核', '作出决定']);
    await expect(stages.filter({ hasText: '法制审核' }).textContent()).resolves.toContain('审核意见: 同意');
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-case-timeline');

    await page.getByRole('tab', { name: /期限/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('deadlines');
    const deadlines = page.getByRole('tabpanel', { name: /期限/ }).locator('tr.ant-table-row');
    const service = deadlines.filter({ hasText: '送达期限' });
    await expect(service.locator('[data-state]').textContent()).resolves.toBe('已逾期');
    await expect(service.textContent()).resolves.toContain('行政处罚法第六十一条');
    const decision = deadlines.filter({ hasText: '作出决定期限' });
    await expect(decision.locator('[data-state]').textContent()).resolves.toBe('按期完成');
    await settle(page);
    await expectAccessible(page);
    await screenshot(page, 'console-case-deadlines');

    // Back to the list as it was left: still only the overdue cases.
    await page.getByRole('link', { name: '返回案件列表' }).click();
    await rowsWhere(page, (texts) => texts.length === 1 && texts[0]!.includes(LATE));
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');

    // On a phone neither page is wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    await expectNoOverflow(page);
    await late.first().getByRole('link', { name: LATE }).click();
    await page.getByRole('heading', { level: 4, name: LATE_TITLE }).waitFor();
    await settle(page);
    await expectNoOverflow(page);
    await expectAccessible(page);
    await screenshot(page, 'console-case-phone');
    await page.context().close();
  });
});
