import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chooseOption, openDialog, screenshot, settle } from '../src/browser.ts';
import { type ConsoleUser, signInConsole, signOutConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const DEMO = 'Demo@2026ln';
const supervisor: ConsoleUser = { username: 'heping.jiandu', password: DEMO };
const staff: ConsoleUser = { username: 'heping.scjg', password: DEMO };
const auditadmin: ConsoleUser = { username: 'auditadmin', password: DEMO };
const AGENCY = '和平区市场监督管理局';
const TITLE = '浏览器测试: 和平区市场监管局处罚决定公示问题监督';
const FINDINGS = '经调阅案卷, 该局作出的行政处罚决定未在作出决定后7个工作日内公示。';
const REPORT = '已于本周在门户网站补充公示该决定, 并建立决定公示台账, 由法制科每周核对。';
const EVIDENCE = {
  name: '调阅记录.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('调阅案卷记录: 决定未公示。'),
};
const LEDGER = {
  name: '公示台账.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('公示台账: 已补充公示。'),
};

const { newPage } = browserPages({ width: 1440, height: 900 });

/** The page's matter or notice, once the query has answered (the skeleton gone). */
async function loaded(page: Page): Promise<void> {
  await page
    .locator('.ant-skeleton')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
}

/** Saves a dialog with its OK button and waits until it has closed. */
async function save(dialog: Locator, name: RegExp | string): Promise<void> {
  await dialog.getByRole('button', { name }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
}

/** The labels of the matter's history, in order. */
async function historyLabels(page: Page): Promise<string[]> {
  return page.getByTestId('matter-history').locator('.ant-timeline-item strong').allTextContents();
}

/** Whether `wanted` appears in `list` in this order (other lines may come between). */
function inOrder(list: string[], wanted: string[]): boolean {
  let at = 0;
  for (const item of list) if (item === wanted[at]) at += 1;
  return at === wanted.length;
}

describe('a supervision matter from a warning to closing', () => {
  let matterUrl = '';
  let noticeNumber = '';

  it('a supervisor makes a warning a matter, assigns two supervisors, records, and issues an opinion', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);

    // An open warning about the market bureau, from the warning centre's drawer.
    await page.goto(`${baseUrl}/console/warnings?status=open&pageSize=100`);
    const row = page.locator('tr.ant-table-row', { hasText: AGENCY }).first();
    await row.waitFor();
    await row.getByRole('button').first().click();
    const drawer = page.locator('.ant-drawer:visible');
    await settle(page);
    await drawer.getByRole('button', { name: '转为监督事项' }).click();
    await page.getByText('新建监督事项').waitFor();
    await page.getByTestId('sources-warning').getByText(AGENCY).waitFor();

    // A title too short is refused in Chinese, on its field.
    await page.getByLabel('事项名称', { exact: true }).fill('公示');
    await page.getByRole('button', { name: /立\s*项/ }).click();
    await page.getByText('事项名称至少4个字').waitFor();
    await page.getByText('请选择刚性或柔性监督').waitFor();
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-matter-create-invalid');
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-matter-create-invalid-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByLabel('事项名称', { exact: true }).fill(TITLE);
    await page.getByText('刚性监督', { exact: true }).click();
    const form = page.locator('form');
    await chooseOption(page, form, '问题类型', '三项制度落实', { search: '三项', multiple: true });
    await page.getByRole('button', { name: /立\s*项/ }).click();
    await page.getByRole('heading', { level: 4, name: TITLE }).waitFor();
    matterUrl = page.url();
    expect(matterUrl).toMatch(/\/console\/matters\/[\w-]+$/);
    await page.getByTestId('matter-cases').waitFor();

    // Two supervisors holding a 监督证.
    const assign = await openDialog(page, page.getByRole('button', { name: '指派监督人员' }));
    const boxes = assign.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBeGreaterThanOrEqual(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await save(assign, /保\s*存/);
    await expect.poll(() => page.getByTestId('matter-supervisors').locator('li').count()).toBe(2);

    // An investigation record by both, with a file uploaded before it is saved.
    const record = await openDialog(page, page.getByRole('button', { name: '记录调查情况' }));
    await chooseOption(page, record, '记录类型', '调阅案卷');
    await record
      .getByLabel('调查情况', { exact: true })
      .fill('调阅该案案卷并核对门户网站公示栏目, 决定书未公示。');
    await record.locator('input[type=file]').setInputFiles(EVIDENCE);
    await record.getByLabel('已上传').waitFor();
    await save(record, /保\s*存/);
    const records = page.getByTestId('matter-records');
    await records.getByText('调阅案卷', { exact: true }).waitFor();
    await records.getByRole('button', { name: EVIDENCE.name }).waitFor();

    // 制发 an opinion (意见书).
    const issue = await openDialog(page, page.getByRole('button', { name: '制发文书' }));
    await chooseOption(page, issue, '文书种类', '行政执法监督意见书');
    await issue.getByLabel('查明的问题', { exact: true }).fill(FINDINGS);
    await issue.getByLabel('整改要求', { exact: true }).fill('立即补充公示该决定, 并建立决定公示台账。');
    await issue.getByLabel('依据', { exact: true }).fill('《中华人民共和国行政处罚法》第四十八条');
    await save(issue, '制发文书');
    const card = page.getByTestId('notice-card');
    await card.getByText('待整改').waitFor();
    noticeNumber = ((await card.getByTestId('notice-number').textContent()) ?? '').trim();
    expect(noticeNumber).toMatch(/执监意〔\d{4}〕\d+号$/);

    // The issued document as PDF.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toContain('意见书');
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-matter-issued');

    // The desk counts it among the matters being rectified.
    await page.goto(`${baseUrl}/console/matters`);
    await page.getByTestId('desk-count-rectifying').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'console-matter-desk');
    await page.getByRole('tab', { name: '全部事项' }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await expectNoOverflow(page);
    await screenshot(page, 'console-matter-list');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('tab', { name: '工作台' }).click();
    await page.getByTestId('desk-count-rectifying').waitFor();
    await settle(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-matter-desk-phone');
    await signOutConsole(page);
    await page.context().close();
  });

  it('the agency signs for the notice and reports its rectification with a file', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, staff);
    await page.getByRole('menuitem', { name: '监督文书' }).click();
    await page.getByText('监督文书收文').waitFor();
    const row = page.locator('tr.ant-table-row', { hasText: noticeNumber });
    await row.getByText('未签收').waitFor();
    await row.getByRole('link', { name: '行政执法监督意见书' }).click();
    await page.getByText(FINDINGS).waitFor();
    await expect(page.getByTestId('notice-receipt').textContent()).resolves.toBe('未签收');

    await page.getByRole('button', { name: /签\s*收/ }).click();
    await expect.poll(() => page.getByTestId('notice-receipt').textContent()).toContain('孙丽');

    await page.getByText('整改完成报告', { exact: true }).click();
    await page.getByLabel('整改情况', { exact: true }).fill(REPORT);
    await page.locator('input[type=file]').setInputFiles(LEDGER);
    await page.getByLabel('已上传').waitFor();
    await page.getByRole('button', { name: /报\s*送/ }).click();
    await page.getByTestId('notice-responses').getByText(REPORT).waitFor();
    await page.getByTestId('notice-responses').getByRole('button', { name: LEDGER.name }).waitFor();
    await page.getByText('整改报告正在核查中, 请等待核查结论').waitFor();
    await loaded(page);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-notice-agency');
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-notice-agency-phone');
    await signOutConsole(page);
    await page.context().close();
  });

  it('the supervisor verifies the report and closes the matter; the history shows every step', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.goto(matterUrl);
    const card = page.getByTestId('notice-card');
    await card.getByText(REPORT).waitFor();
    await card.getByText('已报送整改报告').waitFor();
    await expect(card.getByTestId('notice-receipt').textContent()).resolves.toContain('孙丽');
    await expect(page.getByTestId('close-reason').textContent()).resolves.toContain(
      '尚有未核查通过的监督文书',
    );
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-matter-reported');
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    await expectNoOverflow(page);
    await screenshot(page, 'console-matter-reported-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    const verify = await openDialog(page, card.getByRole('button', { name: '核查' }));
    await verify.getByText('通过', { exact: true }).click();
    await verify.getByLabel('核查意见', { exact: true }).fill('经核查, 已补充公示并建立台账, 整改到位。');
    await save(verify, /保\s*存/);
    await card.getByText('整改已核查通过').waitFor();

    const close = await openDialog(page, page.getByRole('button', { name: /办\s*结/ }));
    await close
      .getByLabel('办结结论', { exact: true })
      .fill('该局已补充公示并建立公示台账, 整改到位, 予以办结。');
    await save(close, /办\s*结/);
    await page.getByText('已办结', { exact: true }).first().waitFor();
    await expect
      .poll(async () =>
        inOrder(await historyLabels(page), [
          '立项',
          '指派监督人员',
          '记录调查情况',
          '制发监督文书',
          '执法机关签收',
          '报送整改完成报告',
          '核查通过',
          '办结',
        ]),
      )
      .toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'console-matter-closed');
    await signOutConsole(page);
    await page.context().close();
  });

  it('the audit administrator finds each step in the audit trail', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, auditadmin);
    await page.goto(`${baseUrl}/console/audit`);
    await page.getByLabel('操作类型', { exact: true }).fill('matter.');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const table = page.locator('.ant-table-tbody');
    await table.getByText('matter.close').first().waitFor();
    const text = (await table.textContent()) ?? '';
    for (const action of [
      'matter.open',
      'matter.assign',
      'matter.record',
      'matter.notice.issue',
      'matter.notice.download',
      'matter.notice.receive',
      'matter.notice.respond',
      'matter.notice.verify',
      'matter.close',
    ])
      expect(text).toContain(action);
    await screenshot(page, 'console-matter-audit');
    await signOutConsole(page);
    await page.context().close();
  });
});
