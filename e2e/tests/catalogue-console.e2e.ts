import { formatYuan } from '@jiandu/contracts/catalogue-labels';
import type { PublicItemDetail } from '@jiandu/contracts/catalogue-public';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chooseOption, openDialog, screenshot, settle } from '../src/browser.ts';
import { type ConsoleUser, signInConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const DEMO = 'Demo@2026ln';
// A price item of the district market bureau with one published version and no draft in the demo.
const AGENCY = '和平区市场监督管理局';
const CODE = 'SJ-CF-0342';
const NAME = '对经营者违反明码标价规定的行政处罚';
const OLD_POST = '价格监督检查和反不正当竞争科';
const NEW_POST = '价格监督检查科 (综合执法大队二中队)';
const REASON = '区局内设机构调整, 明码标价案件改由价格监督检查科承办';
// The 2022 revision of the road transport regulation lowered the fines for unlicensed goods transport.
const TRANSPORT_AGENCY = '沈阳市交通运输局';
const TRANSPORT_CODE = 'JT-CF-0063-1';
const AMENDED = '2023-07-20';
const staff: ConsoleUser = { username: 'heping.scjg', password: DEMO };
const supervisor: ConsoleUser = { username: 'heping.jiandu', password: DEMO };
const cityBureau: ConsoleUser = { username: 'shenyang.jiandu', password: DEMO };

const { newPage } = browserPages();

async function pickDate(within: Locator, label: string, date: string): Promise<void> {
  const input = within.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Tab rather than Enter: in a dialog, Enter would also submit the form.
  await input.press('Tab');
  await expect(input.inputValue()).resolves.toBe(date);
}

/** The date `days` after today in China (where the server dates publication), as YYYY-MM-DD. */
function chinaDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Searches the catalogue; its rows once the list shows only codes containing `keyword`. */
async function searchCatalogue(page: Page, keyword: string): Promise<Locator> {
  const box = page.getByLabel('搜索执法事项');
  await box.fill(keyword);
  await box.press('Enter');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect
    .poll(async () => {
      const codes = await rows.locator('td:first-child').allInnerTexts();
      return codes.length > 0 && codes.every((code) => code.includes(keyword));
    })
    .toBe(true);
  return rows;
}

/** The card titled `title` (exactly) inside `within`. */
function card(within: Page | Locator, title: string): Locator {
  return within
    .locator('.ant-card-head-title')
    .getByText(title, { exact: true })
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-card ")][1]');
}

/** The item's page: its title, with the agency beside the code. */
async function openItem(page: Page, rows: Locator): Promise<void> {
  await rows.first().getByRole('link', { name: CODE }).click();
  await page.getByRole('heading', { level: 4, name: NAME }).waitFor();
  await expect(page.locator('.ant-descriptions').first().textContent()).resolves.toContain(AGENCY);
}

describe('the catalogue in the console: an item is adjusted, reviewed and compared; a benchmark is applied', () => {
  it('the market bureau changes an item’s responsible post and submits the new version', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, staff);
    await page.getByRole('menuitem', { name: '执法事项目录' }).click();
    const rows = await searchCatalogue(page, CODE);
    expect(await rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain(AGENCY);
    await expect(rows.first().textContent()).resolves.toContain('已发布');
    expect(
      await rows
        .first()
        .getByText(/新版本/)
        .count(),
    ).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'console-catalogue-list');

    await openItem(page, rows);
    const dialog = await openDialog(page, page.getByRole('button', { name: '调整 (新版本)' }));
    await dialog.getByText('保存后生成新版本草稿').waitFor();
    const post = dialog.getByLabel('责任岗位', { exact: true });
    await expect(post.inputValue()).resolves.toBe(OLD_POST);
    await post.fill(NEW_POST);
    await dialog.getByLabel('调整原因', { exact: true }).fill(REASON);
    await dialog.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('新版本草稿').first().waitFor();
    await page.getByText('办理中的新版本 (第2版, 草稿)').waitFor();

    await settle(page);
    await page.getByRole('button', { name: '提交审核' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText('执法事项第2版提交后由审核人员审核').waitFor();
    await settle(page);
    await confirm.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('新版本待审核').first().waitFor();
    await page.getByText('办理中的新版本 (第2版, 待审核)').waitFor();
    // The staff may not review their own change.
    expect(await page.getByRole('button', { name: /^发\s*布$/ }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'console-item-submitted');
    await page.context().close();
  });

  it('the district justice bureau publishes it and compares the two versions', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.getByRole('menuitem', { name: '执法事项目录' }).click();
    await page.getByText('只看待审核').click();
    // Every row left has something awaiting review: the item, a new version or the benchmark.
    const pending = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect
      .poll(async () => {
        const texts = await pending.allInnerTexts();
        return texts.length > 0 && texts.every((text) => text.includes('待审核'));
      })
      .toBe(true);
    const rows = await searchCatalogue(page, CODE);
    expect(new URL(page.url()).searchParams.get('pending')).toBe('true');
    await expect(rows.first().textContent()).resolves.toContain('新版本待审核');
    await openItem(page, rows);

    const publish = await openDialog(page, page.getByRole('button', { name: /^发\s*布$/ }));
    await publish.getByText('发布执法事项 (第2版)').waitFor();
    await publish.getByText('第1版自该日起被替代').waitFor();
    // Published ahead: in force from ten days on, the first version until the day before.
    const from = chinaDate(10);
    await pickDate(publish, '生效日期', from);
    await publish.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已完成').first().waitFor();
    await publish.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText('新版本待审核').count()).toBe(0);
    // Until then the first version stays in force; the second waits beside it.
    await card(page, `即将施行 (第2版, ${from} 起)`).getByText(NEW_POST).waitFor();
    await expect(card(page, '现行版本').getByText(NEW_POST).count()).resolves.toBe(0);
    await screenshot(page, 'console-item-published-ahead');

    await page.getByRole('tab', { name: '版本对比' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('compare');
    const table = page.getByRole('tabpanel', { name: '版本对比' }).locator('.ant-table');
    await table.getByRole('columnheader', { name: '第1版' }).waitFor();
    await table.getByRole('columnheader', { name: '第2版' }).waitFor();
    const postRow = table.locator('tr.ant-table-row', { hasText: '责任岗位' });
    const cells = postRow.locator('td');
    await expect(cells.nth(0).textContent()).resolves.toContain('已变化');
    await expect(cells.nth(1).textContent()).resolves.toBe(OLD_POST);
    await expect(cells.nth(2).textContent()).resolves.toBe(NEW_POST);
    // The changed line is highlighted; an unchanged one is not.
    const background = (cell: Locator) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(background(cells.nth(2))).resolves.toBe('rgb(255, 247, 230)');
    const nameRow = table.locator('tr.ant-table-row', { hasText: '事项名称' });
    await expect(nameRow.locator('td').nth(0).textContent()).resolves.not.toContain('已变化');
    await expect(background(nameRow.locator('td').nth(2))).resolves.not.toBe('rgb(255, 247, 230)');
    const periodRow = table.locator('tr.ant-table-row', { hasText: '有效期' });
    await expect(periodRow.locator('td').nth(1).textContent()).resolves.toBe(`2021-10-15 至 ${chinaDate(9)}`);
    await expect(periodRow.locator('td').nth(2).textContent()).resolves.toBe(`${from} 起`);
    await expectAccessible(page);
    await screenshot(page, 'console-item-compare');

    await page.getByRole('tab', { name: '调整记录' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('events');
    const steps = page.getByRole('tabpanel', { name: '调整记录' }).locator('.ant-timeline-item');
    // Newest first: the new version's publication, with its reason and date, by the reviewer.
    const published = steps.filter({ hasText: '事项 · 第2版' }).filter({ hasText: /^发布/ });
    await published.first().waitFor();
    await expect(published.count()).resolves.toBe(1);
    const text = await published.textContent();
    expect(text).toContain(`自 ${from} 起`);
    expect(text).toContain(`原因: ${REASON}`);
    expect(text).toContain('王磊 (和平区司法局)');
    await expect(steps.first().textContent()).resolves.toMatch(/^发布|^被新版本替代/);
    await steps
      .filter({ hasText: '事项 · 第2版' })
      .filter({ hasText: /^提交审核/ })
      .waitFor();
    await steps
      .filter({ hasText: '事项 · 第1版' })
      .filter({ hasText: /^被新版本替代/ })
      .waitFor();
    await screenshot(page, 'console-item-events');
    await page.context().close();
  });

  it('the benchmark calculation applies the lighter benchmark in force at the decision', async () => {
    const agencies = (await (
      await fetch(`${baseUrl}/api/public/agencies?q=${encodeURIComponent(TRANSPORT_AGENCY)}`)
    ).json()) as { name: string; creditCode: string }[];
    const creditCode = agencies.find((a) => a.name === TRANSPORT_AGENCY)?.creditCode;
    expect(creditCode).toBeDefined();
    const res = await fetch(`${baseUrl}/api/public/items/${creditCode}/${TRANSPORT_CODE}`);
    expect(res.status).toBe(200);
    const item = (await res.json()) as PublicItemDetail;
    expect(item.benchmark?.effectiveFrom).toBe(AMENDED);
    const general = item.benchmark?.tiers.find((tier) => tier.circumstance === 'general');
    if (general?.fine?.mode !== 'multiple' || !general.fine.fallback)
      throw new Error('the general tier should be a multiple of the gains with a fixed range for none');
    const range = `${formatYuan(general.fine.fallback.min)} 至 ${formatYuan(general.fine.fallback.max)}`;

    const page = await newPage();
    await signInConsole(page, baseUrl, cityBureau);
    await page.getByRole('menuitem', { name: '裁量计算' }).click();
    const form = page.locator('form');
    await form.getByLabel('执法主体统一社会信用代码', { exact: true }).fill(creditCode!);
    await form.getByLabel('事项编码', { exact: true }).fill(TRANSPORT_CODE);
    await chooseOption(page, form, '违法情节', '一般处罚');
    await pickDate(form, '违法行为发生日期', '2023-05-10');
    await pickDate(form, '决定日期', '2023-08-15');
    await form.getByLabel('违法所得', { exact: true }).fill('0');
    await expect(form.getByLabel('违法行为发生日期', { exact: true }).inputValue()).resolves.toBe(
      '2023-05-10',
    );
    await form.getByRole('button', { name: /计\s*算/ }).click();

    const result = page.getByTestId('evaluate-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain(`${item.name} (${TRANSPORT_CODE})`);
    const basis = await result.locator('.ant-alert').first().textContent();
    expect(basis).toContain('从旧兼从轻');
    expect(basis).toContain(`适用作出决定时施行的`);
    expect(basis).toContain(`(${AMENDED}起施行)`);
    const applied = card(result, '本案适用');
    await expect(applied.textContent()).resolves.toContain(range);
    await expect(applied.textContent()).resolves.toContain(`第${item.benchmark!.version}版`);
    const atDecision = card(result, '决定时的基准');
    await expect(atDecision.locator('.ant-card-extra').textContent()).resolves.toBe('适用');
    await expect(atDecision.textContent()).resolves.toContain(range);
    const atAct = card(result, '行为时的基准');
    await expect(atAct.locator('.ant-card-extra').textContent()).resolves.toBe('未适用');
    await expect(atAct.textContent()).resolves.not.toContain(range);
    await expectAccessible(page);
    await screenshot(page, 'console-discretion-evaluate');
    await page.context().close();
  });
});
