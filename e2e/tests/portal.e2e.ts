import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, screenshot, seriousViolations } from '../src/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('public portal', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1366, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`shows the services and computes working days (${name})`, async () => {
      const page = await browser.newPage({ viewport });
      await page.goto(`${baseUrl}/`);
      await expect(page.title()).resolves.toBe('辽宁省行政执法监督服务平台');
      await page.getByRole('heading', { name: '公开服务' }).waitFor();
      expect(await page.getByText('执法证核验').count()).toBeGreaterThan(0);
      await page.getByLabel('起算日期 (当日不计入)').fill('2026-09-28');
      await page.getByLabel('工作日天数').fill('7');
      await page.getByRole('button', { name: '计算' }).click();
      await expect(page.getByText('2026-10-13').first().innerText()).resolves.toBe('2026-10-13');
      // Nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `portal-home-${name}`);
      await page.close();
    });
  }

  it('has no serious or critical accessibility violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: '公开服务' }).waitFor();
    const violations = await seriousViolations(page);
    expect(
      violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.close();
  });
});
