import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

/** Flags for Debian's Chromium in a sandboxed CI: headless, no network side traffic. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go, to be looked at by a person. */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

/** Launches Debian's Chromium (never a downloaded browser). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
}

/** Saves a full-page screenshot under e2e/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One accessibility violation as axe-core reports it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol rather than added as a script element: the pages'
  // content policy forbids inline scripts, as it should.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Waits until the page's finite animations (a dialog zooming in, a drawer sliding) have finished,
 * so a click lands where the button will stay; on a loaded machine a click during the animation
 * can miss it.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Clicks a button that opens a dialog and returns the dialog once it has finished opening. A click
 * that lands while the page is still re-rendering can be lost; it is tried again, up to three times.
 */
export async function openDialog(page: Page, button: Locator): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  for (let attempt = 1; ; attempt += 1) {
    await settle(page);
    await button.click();
    try {
      await dialog.first().waitFor({ timeout: 5000 });
      await settle(page);
      return dialog;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Picks an option of an Ant Design select (or tree select) labelled `label` inside `within`. A
 * searched list is replaced when the search answers and a click on the list it replaced is lost, so
 * the list is left to settle, and the pick is tried again (up to three times) until the form item
 * around the field shows the option. A multiple select's list is closed after the pick.
 */
export async function chooseOption(
  page: Page,
  within: Locator,
  label: string,
  option: string,
  { search, multiple = false }: { search?: string; multiple?: boolean } = {},
): Promise<void> {
  const field = within.getByLabel(label, { exact: true });
  const holder = within.locator('.ant-form-item', { has: field }).first();
  const chosen = () => holder.filter({ hasText: option }).count();
  for (let attempt = 1; ; attempt += 1) {
    await field.click();
    if (search) await field.fill(search);
    const item = page
      .locator(
        '.ant-select-dropdown:visible .ant-select-item-option, .ant-select-dropdown:visible .ant-select-tree-node-content-wrapper',
        { hasText: option },
      )
      .first();
    await item.waitFor();
    await page.waitForTimeout(400);
    await item.click();
    if (multiple) await field.press('Escape');
    if ((await within.locator('.ant-form-item', { has: field }).count()) === 0) return;
    try {
      await holder.filter({ hasText: option }).waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3 || (await chosen()) > 0) throw error;
    }
  }
}
