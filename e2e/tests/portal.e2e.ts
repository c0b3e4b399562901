import { describe, expect, inject, it } from 'vitest';
import { screenshot } from '../src/browser.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const { newPage } = browserPages();

describe('public portal', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1366, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`shows the services and computes working days (${name})`, async () => {
      const page = await newPage(viewport.width, viewport.height);
      await page.goto(`${baseUrl}/`);
      await expect(page.title()).resolves.toBe('辽宁省行政执法监督服务平台');
      await page.getByRole('heading', { name: '公开服务' }).waitFor();
      expect(await page.getByText('执法证核验').count()).toBeGreaterThan(0);
      await page.getByLabel('起算日期 (当日不计入)').fill('2026-09-28');
      await page.getByLabel('工作日天数').fill('7');
      await page.getByRole('button', { name: '计算' }).click();
      await expect(page.getByText('2026-10-13').first().innerText()).resolves.toBe('2026-10-13');
      await expectNoOverflow(page);
      await screenshot(page, `portal-home-${name}`);
      await page.context().close();
    });
  }

  it('has no serious or critical accessibility violations', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: '公开服务' }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
