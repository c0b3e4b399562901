import { makeResidentId } from '@jiandu/contracts/codes';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, openDialog, screenshot, settle } from '../src/browser.ts';
import { chinaDate } from '../src/case-seed.ts';
import { type ConsoleUser, signInConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const staff: ConsoleUser = { username: 'heping.scjg', password: 'Demo@2026ln' };
const AGENCY = '和平区市场监督管理局';
const TITLE = '销售不符合安全标准的儿童玩具案';
const NAME = '王建国';
const ID_NUMBER = makeResidentId('21010219780612341');
const PHONE = '13804021234';
const ADDRESS = '沈阳市和平区南京北街21号2单元301';
// None of these may reach the portal; the facts carry all of them on purpose.
const SECRETS = [NAME, ID_NUMBER, PHONE, ADDRESS];
const FACTS = `当事人${NAME} (身份证号 ${ID_NUMBER}, 电话 ${PHONE}, 住址${ADDRESS}) 在其经营的玩具店销售不符合强制性国家标准的儿童玩具共计120件, 货值金额6,000元, 有现场检查笔录、抽样检验报告和照片为证。`;

// A 1×1 photo from the inspection.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
  'base64',
);

const { newPage } = browserPages();
/** The item in force today and two officers with valid certificates, from the agency's public pages. */
let itemCode = '';
let officers: string[] = [];

async function publicJson<T>(url: string): Promise<T> {
  return (await (await fetch(`${baseUrl}${url}`)).json()) as T;
}

beforeAll(async () => {
  const agency = (
    await publicJson<{ name: string; creditCode: string }[]>(
      `/api/public/agencies?q=${encodeURIComponent(AGENCY)}`,
    )
  ).find((a) => a.name === AGENCY)!;
  itemCode = (
    await publicJson<{ code: string }[]>(
      `/api/public/items?agencyCreditCode=${agency.creditCode}&kind=penalty`,
    )
  )[0]!.code;
  officers = (
    await publicJson<{ status: string; legalReviewer: boolean; certificateNumber: string }[]>(
      `/api/public/officers?agencyCreditCode=${agency.creditCode}`,
    )
  )
    .filter((o) => o.status === 'valid' && !o.legalReviewer)
    .slice(0, 2)
    .map((o) => o.certificateNumber);
  expect(officers).toHaveLength(2);
});

/** Types a day into an Ant Design date picker labelled `label` and confirms it. */
async function fillDate(within: Locator, label: string, day: string): Promise<void> {
  const input = within.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(day);
}

/** Opens 记录环节, picks the stage and its day; the dialog is returned for the stage's own fields. */
async function startStage(page: Page, stage: string, day: string): Promise<Locator> {
  const dialog = await openDialog(page, page.getByRole('button', { name: '记录环节' }));
  await chooseOption(page, dialog, '环节', stage);
  await fillDate(dialog, '日期', day);
  return dialog;
}

/** Submits the stage dialog and waits until the stage is on the case's timeline. */
async function recordAndWait(page: Page, dialog: Locator, stage: string): Promise<void> {
  await dialog.getByRole('button', { name: '记录环节' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('tab', { name: '办案环节' }).click();
  const timeline = page.getByRole('tabpanel', { name: '办案环节' }).locator('.ant-timeline-item strong');
  await expect.poll(() => timeline.allInnerTexts()).toContain(stage);
}

/** Expects none of the party's identifying details anywhere in `text`. */
function expectMasked(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
}

describe('handling a case in Jiandu', () => {
  it('opens a case, is stopped inside the hearing period, decides, publishes, and the portal shows it masked', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, staff);
    await page.getByRole('menuitem', { name: '执法案件' }).click();
    await page.locator('.ant-table').waitFor();
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);

    // 立案 through the form: a wrong ID number is caught before anything is sent.
    const form = await openDialog(page, page.getByRole('button', { name: /立\s*案/ }));
    // The agency is chosen already when the user acts for only one.
    const agencyField = form.locator('.ant-form-item', { has: page.getByLabel('执法主体', { exact: true }) });
    if (!((await agencyField.textContent()) ?? '').includes(AGENCY))
      await chooseOption(page, form, '执法主体', AGENCY, { search: '和平区市场' });
    await chooseOption(page, form, '执法事项', itemCode, { search: itemCode });
    await form.getByLabel('案由', { exact: true }).fill(TITLE);
    await form.getByLabel('姓名', { exact: true }).fill(NAME);
    const idField = form.getByLabel('身份证号', { exact: true });
    await idField.fill(`${ID_NUMBER.slice(0, 17)}${ID_NUMBER.endsWith('0') ? '1' : '0'}`);
    await idField.blur();
    await form.getByText('居民身份证号码无效 (须为 18 位且校验码正确)').waitFor();
    await idField.fill(ID_NUMBER);
    await form.getByLabel('住址', { exact: true }).fill(ADDRESS);
    for (const number of officers)
      await chooseOption(page, form, '执法人员', number, { search: number, multiple: true });
    await fillDate(form, '立案日期', chinaDate(-30));
    await fillDate(form, '违法行为终了日期', chinaDate(-32));
    await expect(form.getByText('居民身份证号码无效').count()).resolves.toBe(0);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-case-open');
    await form.getByRole('button', { name: /立\s*案/ }).click();
    await page.getByRole('heading', { level: 4, name: TITLE }).waitFor();
    await page.getByText('平台办理', { exact: true }).first().waitFor();

    // 告知, then evidence from the inspection, uploaded and checked.
    await recordAndWait(page, await startStage(page, '告知', chinaDate(-25)), '告知');
    await page.getByRole('tab', { name: /证据/ }).click();
    const upload = await openDialog(page, page.getByRole('button', { name: '上传证据' }));
    await upload
      .getByLabel('文件', { exact: true })
      .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PHOTO });
    await fillDate(upload, '采集时间', `${chinaDate(-29)} 10:30`);
    await upload.getByRole('button', { name: '上传证据' }).click();
    await upload.waitFor({ state: 'detached' });
    const evidence = page.getByRole('tabpanel', { name: /证据/ }).locator('tr.ant-table-row');
    await expect.poll(() => evidence.allInnerTexts()).toEqual([expect.stringContaining('现场照片.png')]);
    await evidence.getByRole('button', { name: /^校验/ }).click();
    await page.getByText('校验通过: 文件与登记的哈希值一致').waitFor();
    await evidence.locator('[data-verify="ok"]').waitFor();

    // A decision two days after the notice cuts the party's hearing period short: refused, and why.
    const tooEarly = await startStage(page, '作出决定', chinaDate(-23));
    await tooEarly.getByLabel('第 1 项金额 (元)').fill('8000');
    await chooseOption(page, tooEarly, '情节', '一般处罚');
    await tooEarly.getByLabel('违法事实和证据', { exact: true }).fill(FACTS);
    await tooEarly.getByLabel('处罚依据', { exact: true }).fill('《中华人民共和国产品质量法》第四十九条');
    await tooEarly.getByRole('button', { name: '记录环节' }).click();
    const refusal = tooEarly.getByTestId('case-refusals');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('行政处罚法第六十四条');
    await expect(refusal.locator('[data-rule="HEARING_PERIOD_CUT_SHORT"]').count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'console-case-refused');

    // After the hearing period, the same decision is recorded.
    await fillDate(tooEarly, '日期', chinaDate(-10));
    await recordAndWait(page, tooEarly, '作出决定');
    await page.getByText('已决定', { exact: true }).first().waitFor();
    const [document] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载决定书' }).click(),
    ]);
    expect(document.suggestedFilename()).toMatch(/\.docx$/);
    await settle(page);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-case-decided');

    // 公示: the preview shows the person as 王某 and nothing that identifies him.
    await page.getByRole('tab', { name: /公示/ }).click();
    const preview = await openDialog(page, page.getByRole('button', { name: '预览并公示' }));
    const notice = preview.getByTestId('public-decision');
    await notice.waitFor();
    const previewText = (await notice.textContent()) ?? '';
    expect(previewText).toContain('王某');
    expect(previewText).toContain('罚款 8,000元');
    expectMasked(previewText);
    await expectAccessible(page);
    await screenshot(page, 'console-case-preview');
    await preview.getByRole('button', { name: '确认公示' }).click();
    await preview.waitFor({ state: 'detached' });
    const row = page.getByRole('tabpanel', { name: /公示/ }).locator('tr.ant-table-row');
    await row.getByText('公示中').waitFor();
    const href = await row.getByRole('link', { name: /门户公示页面/ }).getAttribute('href');
    expect(href).toMatch(/^\/decisions\/[\w-]+$/);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-case-published');

    // On a phone the case page still fits.
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-case-published-phone');

    // The portal, in the same browser: surname + 某, no ID number, phone or address.
    await page.goto(`${baseUrl}${href}`);
    await page.getByRole('heading', { level: 1, name: '行政处罚决定信息公示' }).waitFor();
    const article = (await page.getByRole('article').textContent()) ?? '';
    for (const expected of [AGENCY, TITLE, '王某', '罚款 8,000元', '[身份证号已隐去]', '[电话已隐去]'])
      expect(article).toContain(expected);
    expectMasked((await page.locator('body').textContent()) ?? '');
    await expectAccessible(page);
    await expectNoOverflow(page);
    await page.context().close();
  });

  it('the open-case form fits a phone, and the period table reads without the right to change it', async () => {
    const page = await newPage(390, 844);
    await signInConsole(page, baseUrl, staff);
    await page.goto(`${baseUrl}/console/cases`);
    await page.locator('.ant-table').waitFor();
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    const form = await openDialog(page, page.getByRole('button', { name: /立\s*案/ }));
    await form.getByLabel('案由', { exact: true }).waitFor();
    await expectNoOverflow(page);
    await expectAccessible(page);
    await screenshot(page, 'console-case-open-phone');
    await form.getByRole('button', { name: /取\s*消/ }).click();

    await page.goto(`${baseUrl}/console/publication-periods`);
    await page.getByText('您可以查看公示期限表').waitFor();
    await expect.poll(() => page.locator('tr.ant-table-row').count()).toBeGreaterThan(3);
    await expect(page.getByRole('button', { name: /保\s*存/ }).count()).resolves.toBe(0);
    await expectNoOverflow(page);
    await expectAccessible(page);
    await screenshot(page, 'console-publication-periods-phone');
    await page.context().close();
  });
});
