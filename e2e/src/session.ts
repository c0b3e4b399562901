import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launch, screenshot, seriousViolations, settle } from './browser.ts';

/** Opens pages for one test file's tests; see `browserPages`. */
export interface BrowserPages {
  /** A page in a fresh zh-CN context (no cookies shared with other pages) of the given viewport. */
  newPage(width?: number, height?: number): Promise<Page>;
}

/**
 * Registers, in the calling test file, the hooks that launch Chromium before its tests and close it
 * after them, and that photograph the last page a test opened when the test fails (as
 * `failed-<test name>`), so a red run shows what went wrong. Call it once, at the top of the file.
 */
export function browserPages({ width = 1366, height = 768 } = {}): BrowserPages {
  let browser: Browser | null = null;
  let lastPage: Page | null = null;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && lastPage && !lastPage.isClosed())
      await screenshot(lastPage, `failed-${context.task.name.slice(0, 40)}`);
    lastPage = null;
  });

  return {
    async newPage(pageWidth = width, pageHeight = height) {
      if (!browser) throw new Error('the browser is launched in beforeAll: open pages inside a test');
      const context = await browser.newContext({
        viewport: { width: pageWidth, height: pageHeight },
        locale: 'zh-CN',
        // As a person who turned animations off: the console then opens dialogs without them.
        reducedMotion: 'reduce',
      });
      lastPage = await context.newPage();
      return lastPage;
    },
  };
}

/**
 * Expects no serious or critical accessibility violations on the page, naming each offending
 * element and what is wrong with it. The pointer is moved aside and animations left to finish
 * first: tags fade in, and their colours are only final once the transitions have ended.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await settle(page);
  const violations = await seriousViolations(page);
  expect(
    violations.map(
      (v) =>
        `${v.id}: ${v.help} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
    ),
  ).toEqual([]);
}

/**
 * Expects nothing on the page to be wider than the screen, once the layout has caught up with a
 * change of width (breakpoint re-renders can land a moment after the resize on a busy machine).
 */
export async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await expect.poll(overflow, { timeout: 3_000, interval: 100 }).toBeLessThanOrEqual(0);
}
