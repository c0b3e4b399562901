import { CIRCUMSTANCE_LABELS, describeFine } from '@jiandu/contracts/catalogue-labels';
import type { PublicItemDetail } from '@jiandu/contracts/catalogue-public';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot } from '../src/browser.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const AGENCY = '沈阳市市场监督管理局';
const FRAGMENT = '食品生产经营';

const { newPage } = browserPages();

/** The catalogue's result rows (on a phone each row is a block, but still a row). */
function resultRows(page: Page) {
  return page.locator('table.data tbody tr');
}

describe('public item catalogue', () => {
  it('finds food safety items by a Chinese fragment and opens one with its benchmark', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: '执法事项与裁量基准' }).click();
    await page.getByRole('heading', { name: '行政执法事项目录' }).waitFor();
    await page.getByLabel('事项名称或编码').fill(FRAGMENT);
    await page.getByRole('button', { name: '查询' }).click();
    // The first page lists the whole catalogue; wait until only matching items are left.
    const rows = resultRows(page);
    await expect
      .poll(async () => {
        const names = await rows.locator('td:nth-child(2)').allInnerTexts();
        return names.length > 0 && names.every((name) => name.includes(FRAGMENT));
      })
      .toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(FRAGMENT);
    await page.getByText(/共 \d+ 项执法事项|显示前 200 项/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-catalogue');

    // An item whose benchmark is in force: its tiers and fine ranges are on its page.
    const withBenchmark = rows.filter({ hasText: '有裁量基准' }).first();
    const itemName = ((await withBenchmark.locator('td:nth-child(2)').textContent()) ?? '').trim();
    await withBenchmark.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: itemName }).waitFor();
    const [, , creditCode, code] = new URL(page.url()).pathname.split('/');
    const res = await fetch(`${baseUrl}/api/public/items/${creditCode}/${code}`);
    expect(res.status).toBe(200);
    const item = (await res.json()) as PublicItemDetail;
    expect(item.benchmark).not.toBeNull();

    await expect(page.locator('.facts').first().textContent()).resolves.toContain(code);
    await page.getByRole('heading', { name: '执法依据' }).waitFor();
    await page.getByRole('heading', { name: '行政裁量权基准' }).waitFor();
    await page.getByText(item.benchmark!.document).first().waitFor();
    const tiers = page.getByRole('table', { name: '裁量阶次' });
    await expect(tiers.locator('tbody tr').count()).resolves.toBe(item.benchmark!.tiers.length);
    const table = (await tiers.textContent()) ?? '';
    for (const tier of item.benchmark!.tiers) {
      expect(table).toContain(CIRCUMSTANCE_LABELS[tier.circumstance]);
      if (tier.fine) expect(table).toContain(describeFine(tier.fine));
    }
    expect(table).toMatch(/以上[\d,.]+(倍|元)以下罚款/);
    await page.getByRole('link', { name: item.agencyName }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-item');
    await page.context().close();
  });

  it('lists one agency’s items from its page, and reads well on a phone', async () => {
    const page = await newPage(390, 844);
    await page.goto(`${baseUrl}/agencies?q=${encodeURIComponent(AGENCY)}`);
    await page.getByRole('link', { name: AGENCY }).click();
    await page.getByRole('heading', { name: AGENCY }).waitFor();
    await page.getByRole('link', { name: '查看本机关执法事项' }).click();
    await page.getByRole('heading', { name: '行政执法事项目录' }).waitFor();
    await page.getByText(/共 \d+ 项执法事项|显示前 200 项/).waitFor();
    await expect(page.getByLabel('执法主体').locator('option:checked').textContent()).resolves.toBe(AGENCY);
    const agencies = await resultRows(page).locator('td:nth-child(5)').allInnerTexts();
    expect(agencies.length).toBeGreaterThan(0);
    for (const agency of agencies) expect(agency).toContain(AGENCY);
    await expectNoOverflow(page);
    await expectAccessible(page);
    await screenshot(page, 'portal-catalogue-agency-phone');

    await resultRows(page).filter({ hasText: '有裁量基准' }).first().getByRole('link').click();
    await page.getByRole('table', { name: '裁量阶次' }).waitFor();
    await expectNoOverflow(page);
    await screenshot(page, 'portal-item-phone');
    await page.context().close();
  });

  it('says plainly when an item is not in the catalogue', async () => {
    const page = await newPage();
    const agencies = (await (await fetch(`${baseUrl}/api/public/agencies`)).json()) as {
      creditCode: string;
    }[];
    await page.goto(`${baseUrl}/items/${agencies[0]!.creditCode}/NO-SUCH-ITEM`);
    await page.getByRole('heading', { name: '未找到该执法事项' }).waitFor();
    await page.getByRole('link', { name: '返回执法事项目录' }).click();
    await page.getByRole('heading', { name: '行政执法事项目录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/items');

    await page.getByLabel('事项名称或编码').fill('不存在的执法事项名称');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('没有找到符合条件的执法事项').waitFor();
    await page.context().close();
  });
});
