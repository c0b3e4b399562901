import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chooseOption, openDialog, screenshot, settle } from '../src/browser.ts';
import { type ConsoleUser, signInConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'Demo@2026ln';
const organizer: ConsoleUser = { username: 'shenyang.jiandu', password: PASSWORD };
// Demo reviewer accounts (role 评查人员), linked to experts of the pool by their ID numbers.
const xujing: ConsoleUser = { username: 'pingcha.xujing', password: PASSWORD };
const wanglj: ConsoleUser = { username: 'pingcha.wanglj', password: PASSWORD };
const agencyStaff: ConsoleUser = { username: 'heping.scjg', password: PASSWORD };
const BATCH = '2026年上半年案卷评查 (浏览器测试)';
const SEED = 'e2e-seed-2026';
const AGENCIES = ['和平区城市管理综合行政执法局', '铁西区市场监督管理局'];

const { newPage } = browserPages();
let batchUrl = '';
let firstCase = '';

/** The case numbers of a sample table, in draw order. */
async function sampleNumbers(table: Locator): Promise<string[]> {
  const rows = table.locator('.ant-table-tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  return rows.locator('td:nth-child(2)').allInnerTexts();
}

/** Confirms the open pop-confirm. */
async function confirmPop(page: Page): Promise<void> {
  const pop = page.locator('.ant-popconfirm:visible');
  await pop.waitFor();
  await pop.getByRole('button', { name: /确\s*定|OK/ }).click();
}

/** A reviewer scores the first file of the e2e batch: full marks but `c02` on 事实与证据, then submits. */
async function scoreFirstFile(user: ConsoleUser, c02: number, shot: string): Promise<void> {
  const page = await newPage();
  await signInConsole(page, baseUrl, user);
  await page.getByRole('menuitem', { name: '我的评查' }).click();
  const row = page
    .locator('.ant-table-tbody tr.ant-table-row', { hasText: BATCH })
    .filter({ hasText: firstCase });
  await row.getByRole('link', { name: firstCase }).click();
  await page.getByText('否决项 (基本标准): 任一项成立即为不合格卷').waitFor();
  // The case file comes through the assignment, with the agency and its stages.
  await page.getByText(AGENCIES[0]!).first().waitFor();
  const sheet = page.locator('.ant-card', { hasText: '评分表' });
  const inputs = sheet.getByRole('spinbutton');
  await expect.poll(() => inputs.count()).toBe(13);
  for (const input of await inputs.all())
    await input.fill((await input.getAttribute('aria-valuemax')) ?? '0');
  await sheet.getByLabel(/^C02 /).fill(String(c02));
  await sheet.getByLabel('评查意见').fill('证据链基本完整, 个别询问笔录未注明起止时间。');
  await expect.poll(() => sheet.getByTestId('sheet-total').textContent()).toBe(`合计: ${80 + c02} / 100 分`);
  await expectAccessible(page);
  await screenshot(page, shot);
  await sheet.getByRole('button', { name: '提交评分' }).click();
  await confirmPop(page);
  await page.getByText('评分已提交, 只读').waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoOverflow(page);
  await screenshot(page, `${shot}-phone`);
  await page.context().close();
}

describe('case-file review in the console', () => {
  it('draws a sample with a recorded seed, and the same seed draws the same files', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, organizer);
    await page.getByRole('menuitem', { name: '案卷评查' }).click();
    await page.getByText('2025年度沈阳市行政执法案卷评查').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'console-case-reviews-list');

    await page.getByRole('button', { name: '新建评查批次' }).click();
    const form = page.locator('form');
    await form.getByLabel('批次名称').fill(BATCH);
    await form.getByLabel('年度').fill('2026');
    for (const [label, day] of [
      ['结案日期起', '2026-01-01'],
      ['结案日期止', '2026-06-30'],
    ] as const) {
      const field = form.getByLabel(label);
      await field.click();
      await field.fill(day);
      await field.press('Enter');
    }
    for (const agency of AGENCIES)
      await chooseOption(page, form, '被评查单位及抽取数量', agency, {
        search: agency.slice(0, 5),
        multiple: true,
      });
    await form.getByLabel('数量', { exact: true }).fill('2');
    await form.getByLabel('随机种子').fill(SEED);
    await page.getByRole('button', { name: '预览抽取' }).click();
    const preview = page.locator('.ant-card', { hasText: '抽取预览' });
    await expect.poll(() => preview.getByTestId('sample-seed').textContent()).toBe(SEED);
    const drawn = await sampleNumbers(preview.getByTestId('sample-cases'));
    expect(drawn).toHaveLength(4);
    await settle(page);
    await expectAccessible(page);
    await screenshot(page, 'console-case-review-preview');

    // Drawing again with the same seed gives the same files in the same order.
    await page.getByRole('button', { name: '预览抽取' }).click();
    await settle(page);
    expect(await sampleNumbers(preview.getByTestId('sample-cases'))).toEqual(drawn);

    await page.getByRole('button', { name: '建立批次' }).click();
    await page.getByRole('heading', { name: BATCH }).waitFor();
    batchUrl = page.url();
    const tab = page.getByRole('tabpanel', { name: '抽取结果' });
    await expect.poll(() => tab.getByTestId('sample-seed').textContent()).toBe(SEED);
    expect(await sampleNumbers(tab.getByTestId('sample-cases'))).toEqual(drawn);
    firstCase = drawn[0]!;

    const check = await openDialog(page, tab.getByRole('button', { name: '复核抽样' }));
    await check.getByText('复核一致').waitFor();
    await expect(check.getByTestId('verify-result').textContent()).resolves.toContain(
      `以随机种子 ${SEED} 按原抽取规则重新抽取, 结果与原抽取结果完全一致 (4 件, 顺序相同)`,
    );
    await screenshot(page, 'console-case-review-verify');
    await check
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await expectAccessible(page);
    await screenshot(page, 'console-case-review-sample');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoOverflow(page);
    await screenshot(page, 'console-case-review-sample-phone');
    await page.context().close();
  });

  it('puts two reviewers from the expert pool on every file (cross review)', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, organizer);
    await page.goto(`${batchUrl}?tab=reviewers`);
    const dialog = await openDialog(page, page.getByRole('button', { name: '添加评查人员' }));
    for (const name of ['许静', '王立军']) {
      await dialog.getByLabel('按姓名或工作单位查找').fill(name);
      await dialog.getByRole('button', { name: `加入 ${name}` }).click();
      await page.getByText(`已加入 ${name}`).waitFor();
    }
    await settle(page);
    await screenshot(page, 'console-case-review-candidates');
    await dialog.getByRole('button', { name: '关 闭' }).click();
    await page.getByRole('button', { name: '抽取分配评查人员' }).click();
    await confirmPop(page);
    await page.getByText('已为 4 件案卷分配评查人员').waitFor();
    const pool = page
      .getByRole('tabpanel', { name: '评查人员分配' })
      .locator('.ant-table-tbody tr.ant-table-row');
    await expect
      .poll(() => pool.allInnerTexts())
      .toEqual([expect.stringContaining('pingcha.xujing'), expect.stringContaining('pingcha.wanglj')]);
    await expect(pool.first().locator('td').nth(5).textContent()).resolves.toBe('4');
    await expectAccessible(page);
    await screenshot(page, 'console-case-review-reviewers');
    await page.context().close();
  });

  it('two reviewers score the same file and the combined grade appears', async () => {
    await scoreFirstFile(xujing, 8, 'console-case-review-scoring');
    await scoreFirstFile(wanglj, 4, 'console-case-review-scoring-2');

    const page = await newPage();
    await signInConsole(page, baseUrl, organizer);
    await page.goto(`${batchUrl}?tab=progress`);
    await page.getByRole('tabpanel', { name: '评查进度' }).getByText('已评定').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'console-case-review-progress');
    await page.goto(`${batchUrl}?tab=results`);
    const results = page.getByTestId('result-files');
    const row = results.locator('.ant-table-tbody tr.ant-table-row', { hasText: firstCase });
    // 88 and 84: the mean 86 is 良好.
    await expect.poll(() => row.textContent()).toContain('86');
    await expect(row.textContent()).resolves.toContain('良好');
    await expect(row.textContent()).resolves.toContain('许静 88');
    await expect(row.textContent()).resolves.toContain('王立军 84');

    // 转为监督事项: the matter is opened through the matters API and recorded on the file.
    const matter = await openDialog(page, row.getByRole('button', { name: '转为监督事项' }));
    await matter.getByRole('button', { name: '转为监督事项' }).click();
    await page.getByText(/^已立项: /).waitFor();
    await expect.poll(() => row.textContent()).toMatch(/监督〔\d{4}〕\d+号/);
    await expectAccessible(page);
    await screenshot(page, 'console-case-review-results');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoOverflow(page);
    await screenshot(page, 'console-case-review-results-phone');

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('menuitem', { name: '评查标准' }).click();
    await page.getByText('行政执法案卷评查标准').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'console-review-rubrics');
    await page.getByRole('menuitem', { name: '案卷评查' }).click();
    await page.getByRole('button', { name: '年度结果汇总' }).click();
    await page.getByText('年度评查结果汇总').waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'console-review-annual');
    await page.context().close();
  });

  it('the agency sees its published results and may respond', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, agencyStaff);
    await page.getByRole('menuitem', { name: '评查结果' }).click();
    await page.getByText('2025年度沈阳市行政执法案卷评查').first().waitFor();
    // The demo's 不合格 file already has the agency's response; reviewers are named by number only.
    await page.getByText('执法人员少于2人').first().waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain('许静');
    await expectAccessible(page);
    await screenshot(page, 'console-review-agency-results');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoOverflow(page);
    await screenshot(page, 'console-review-agency-results-phone');
    await page.context().close();
  });
});
