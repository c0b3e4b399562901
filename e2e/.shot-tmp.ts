// temporary screenshot helper (deleted after use)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { totpCode, totpStep } from '../apps/server/src/platform/auth/totp.ts';

const BASE = 'http://127.0.0.1:3106';
const OUT = process.argv[2] ?? 'before';
const STATE = '/tmp/shots/state.json';
const state: { secret?: string; lastStep?: number; password: string } = existsSync(STATE)
  ? JSON.parse(readFileSync(STATE, 'utf8'))
  : { password: 'Demo@2026ln' };
const save = () => writeFileSync(STATE, JSON.stringify(state));

async function code(): Promise<string> {
  let step = totpStep();
  if (state.lastStep !== undefined && step <= state.lastStep) step = state.lastStep + 1;
  while (step > totpStep() + 1) await new Promise((r) => setTimeout(r, 1000));
  state.lastStep = step;
  save();
  return totpCode(state.secret!, step);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`${BASE}/console/`);
await page.getByLabel('用户名').fill('shenyang.jiandu');
await page.getByLabel('密码', { exact: true }).fill(state.password);
await page.getByRole('button', { name: /登\s*录/ }).click();
const enrol = page.getByTestId('totp-secret');
const otpPage = page.getByRole('button', { name: /使用恢复码/ });
await Promise.race([enrol.waitFor(), otpPage.waitFor()]);
if (await enrol.isVisible()) {
  state.secret = (await enrol.innerText()).trim();
  save();
  await page.getByLabel('动态验证码').fill(await code());
  await page.getByRole('button', { name: '确认绑定' }).click();
  await page.getByRole('button', { name: /我已妥善保存/ }).click();
} else {
  await page.getByLabel('动态验证码').fill(await code());
  await page.getByRole('button', { name: /验\s*证/ }).click();
}
const layout = page.getByTestId('user-menu');
const change = page
  .getByRole('heading', { name: '修改密码' })
  .or(page.getByText('修改密码', { exact: true }));
await Promise.race([layout.waitFor(), change.first().waitFor()]);
if (!(await layout.isVisible())) {
  const next = 'Shot@2026ln!x';
  await page.getByLabel('当前密码').fill(state.password);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: /保\s*存/ }).click();
  state.password = next;
  save();
  await layout.waitFor();
}
const settle = async () => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
};
// Officers: the import modal before and after a file.
await page.goto(`${BASE}/console/officers`);
await settle();
await page
  .getByRole('button', { name: /导\s*入/ })
  .first()
  .click();
await page.getByRole('dialog').waitFor();
await settle();
await page.screenshot({ path: `/tmp/shots/${OUT}-import-empty.png` });
await page.locator('input[type=file]').setInputFiles('/tmp/shots/bad.csv');
await page.getByRole('button', { name: /开始导入/ }).click();
await page.getByTestId('import-result').waitFor();
await settle();
await page.screenshot({ path: `/tmp/shots/${OUT}-import-result.png` });
await page.keyboard.press('Escape');
// Orgs import modal
await page.goto(`${BASE}/console/orgs`);
await settle();
const orgImport = page.getByRole('button', { name: /导\s*入/ }).first();
if (await orgImport.isVisible().catch(() => false)) {
  await orgImport.click();
  await page.getByRole('dialog').waitFor();
  await settle();
  await page.screenshot({ path: `/tmp/shots/${OUT}-org-import.png` });
}
// People tabs and equipment tabs
for (const tab of ['', '?tab=experts', '?tab=talents']) {
  await page.goto(`${BASE}/console/people${tab}`);
  await settle();
  await page.screenshot({
    path: `/tmp/shots/${OUT}-people${tab.replace('?tab=', '-') || '-supervisors'}.png`,
    fullPage: true,
  });
}
await page.goto(`${BASE}/console/equipment`);
await settle();
await page.screenshot({ path: `/tmp/shots/${OUT}-equipment.png`, fullPage: true });
const summary = page.getByRole('tab', { name: /汇总/ });
if (await summary.isVisible().catch(() => false)) {
  await summary.click();
  await settle();
  await page.screenshot({ path: `/tmp/shots/${OUT}-equipment-summary.png`, fullPage: true });
}
// narrow viewport for people
await page.setViewportSize({ width: 500, height: 900 });
await page.goto(`${BASE}/console/people?tab=experts`);
await settle();
await page.screenshot({ path: `/tmp/shots/${OUT}-people-experts-narrow.png`, fullPage: true });
await browser.close();
console.log('done');
