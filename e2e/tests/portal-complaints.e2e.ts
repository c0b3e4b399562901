import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDialog, screenshot } from '../src/browser.ts';
import { chinaDate } from '../src/case-seed.ts';
import { type ConsoleUser, signInConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const { newPage } = browserPages();
const AGENCY = '和平区市场监督管理局';
const TITLE = '市场监管执法人员检查时态度粗暴';
const CONTENT =
  '2026年11月在和平区太原街检查时, 执法人员态度粗暴, 未出示执法证件, 并且当场扣押了我的货物, 没有开具扣押清单。';
/** A Windows program's first bytes under a PDF's name: the server must refuse it by its content. */
const FAKE_PDF = {
  name: '罚款单.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]),
};
const handler: ConsoleUser = { username: 'heping.jiandu', password: 'Demo@2026ln' };

/** What the complainant was given, shared by the tests that follow the submission. */
const receipt = { code: '', password: '' };

/** Answers the challenge the way a screen-reader user hears it: from the picture's text alternative. */
async function answerChallenge(page: Page): Promise<void> {
  const image = page.getByRole('img', { name: /^验证题: / });
  await image.waitFor();
  const alt = (await image.getAttribute('alt')) ?? '';
  const [, a, op, b] = /(\d+) ([+-]) (\d+) = \?/.exec(alt)!;
  await page.getByLabel('答案').fill(String(op === '+' ? Number(a) + Number(b) : Number(a) - Number(b)));
}

/** Presses a dialog's confirming button and waits for the dialog to go. */
async function save(dialog: Locator, name: RegExp): Promise<void> {
  await dialog.getByRole('button', { name }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
}

/** Opens the tracking page for the receipt's code and queries it with a password. */
async function query(page: Page, password: string): Promise<void> {
  await page.getByLabel('查询密码').fill(password);
  await page.getByRole('button', { name: '查询', exact: true }).click();
}

describe('complaints on the public portal', () => {
  it('takes an anonymous complaint, keeps what was typed through errors, and shows the code and password once', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('main').getByRole('link', { name: '投诉举报' }).click();
    await page.getByRole('heading', { level: 1, name: '我要投诉举报' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/complaints');
    await page.getByRole('img', { name: /^验证题: / }).waitFor();
    await expectAccessible(page);

    // Nothing filled in: every missing field is named, in Chinese, and the title typed stays.
    await page.getByLabel('标题').fill(TITLE);
    await page.getByRole('button', { name: '提交投诉举报' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '提交未成功' });
    await summary.waitFor();
    for (const message of [
      '请填写姓名',
      '请填写正确的手机号或固定电话',
      '请填写被投诉的单位、执法人员或案件',
      '请选择投诉类别',
    ])
      await expect(summary.textContent()).resolves.toContain(message);
    await expect(page.getByLabel('标题').inputValue()).resolves.toBe(TITLE);
    await expect(
      page.getByRole('textbox', { name: '姓名', exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await screenshot(page, 'portal-complaint-errors');

    // Anonymous: the identity fields go, and what anonymity means for the follow-up is said.
    await page.getByLabel('匿名投诉').check();
    await expect(page.getByRole('textbox', { name: '姓名', exact: true }).count()).resolves.toBe(0);
    await page.getByText('办理机关无法向您核实情况').waitFor();
    await page.getByRole('combobox', { name: '被投诉单位' }).fill('和平区市场');
    await page.getByRole('option', { name: new RegExp(AGENCY) }).click();
    await expect(page.getByRole('combobox', { name: '市', exact: true }).inputValue()).resolves.toBe(
      '210100',
    );
    await expect.poll(() => page.getByLabel('区、县 (选填)').inputValue()).toBe('210102');
    await page.getByLabel('投诉类别').selectOption({ label: '执法人员作风与纪律' });
    await page.getByLabel('具体内容').fill(CONTENT);
    await page.getByLabel('附件 (选填)').setInputFiles(FAKE_PDF);
    await page.getByText(FAKE_PDF.name).waitFor();
    await answerChallenge(page);
    await page.getByRole('button', { name: '提交投诉举报' }).click();

    // The server reads the file and refuses it; everything typed is still there, with a new question.
    await page.getByRole('alert').filter({ hasText: '不是 PDF、JPEG 或 PNG 文件' }).waitFor();
    await page.getByText('您填写的内容都已保留').waitFor();
    await expect(page.getByLabel('具体内容').inputValue()).resolves.toBe(CONTENT);
    await expect(page.getByRole('combobox', { name: '被投诉单位' }).inputValue()).resolves.toBe(AGENCY);
    await expect(page.getByLabel('答案').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: `移除附件 ${FAKE_PDF.name}` }).click();
    await answerChallenge(page);
    await page.getByRole('button', { name: '提交投诉举报' }).click();

    await page.getByRole('heading', { level: 1, name: '投诉举报已提交' }).waitFor();
    const [code, password] = await page.locator('.kept-value').allInnerTexts();
    expect(code).toMatch(/^TS\d{8}[A-Z2-9]{6}$/);
    expect(password).toMatch(/^[A-Z2-9]{8}$/);
    Object.assign(receipt, { code, password });
    await page.getByText('查询密码只显示这一次').waitFor();
    await page.getByRole('button', { name: '复制查询码' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-complaint-receipt');

    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.getByRole('heading', { level: 1, name: '查询办理进度' }).waitFor();
    await expect(page.getByLabel('查询码').inputValue()).resolves.toBe(code);
    await page.context().close();
  });

  for (const [name, width, height] of [
    ['desktop', 1366, 768],
    ['phone', 390, 844],
  ] as const)
    it(`tracks the complaint: a wrong password is refused in Chinese, the right one shows 已登记 (${name})`, async () => {
      const page = await newPage(width, height);
      await page.goto(`${baseUrl}/complaints/track?code=${receipt.code}`);
      await query(page, 'WRONGPWD');
      await page.getByRole('alert').filter({ hasText: '查询码或查询密码不正确' }).waitFor();
      await query(page, receipt.password.toLowerCase());
      const progress = page.locator('.progress');
      await progress.waitFor();
      await expect(progress.locator('strong').textContent()).resolves.toBe('已登记, 等待受理');
      const text = (await progress.textContent()) ?? '';
      expect(text).toContain(`登记日期${chinaDate(0)}`);
      expect(text).toContain(TITLE);
      expect(text).not.toContain('答复日期');
      await expect(page.getByRole('heading', { name: '评价办理结果' }).count()).resolves.toBe(0);
      await expectAccessible(page);
      await expectNoOverflow(page);
      await screenshot(page, `portal-complaint-track-${name}`);
      await page.context().close();
    });

  it('the handler accepts and answers it in the console; the complainant reads the answer and rates it; it is closed', async () => {
    const desk = await newPage();
    await signInConsole(desk, baseUrl, handler);
    const complaintPage = async () => {
      await desk.goto(`${baseUrl}/console/complaints?tab=all&q=${encodeURIComponent(receipt.code)}`);
      await desk.getByRole('link', { name: TITLE }).click();
      await desk.getByRole('heading', { name: TITLE }).first().waitFor();
    };
    await complaintPage();
    // Anonymous: the handler sees that there is no identity to see.
    await desk.getByText('匿名').first().waitFor();

    const accept = await openDialog(desk, desk.getByRole('button', { name: /^受\s*理$/ }));
    await accept.getByLabel('备注 (选填)').fill('属本机关监督范围, 予以受理。');
    await save(accept, /^受\s*理$/);
    await desk.getByTestId('complaint-history').locator('[data-kind="accepted"]').waitFor();

    const answer =
      '经调查, 执法人员未出示执法证件属实, 已责令其所在单位批评教育并组织文明执法培训, 扣押物品已依法退还。';
    const reply = await openDialog(desk, desk.getByRole('button', { name: /^答\s*复$/ }));
    await reply.getByLabel('答复意见', { exact: true }).fill(answer);
    await save(reply, /^答\s*复$/);
    await desk.getByTestId('complaint-history').locator('[data-kind="answered"]').waitFor();
    await desk.getByText(answer).first().waitFor();
    await screenshot(desk, 'console-complaint-answered');

    const page = await newPage();
    await page.goto(`${baseUrl}/complaints/track?code=${receipt.code}`);
    await query(page, receipt.password);
    const progress = page.locator('.progress');
    await expect(progress.locator('strong').textContent()).resolves.toBe('已答复');
    const text = (await progress.textContent()) ?? '';
    for (const expected of [`受理日期${chinaDate(0)}`, `答复日期${chinaDate(0)}`, '答复期限', answer])
      expect(text).toContain(expected);
    await page.getByRole('heading', { name: '申请重新办理' }).waitFor();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByRole('alert').filter({ hasText: '请选择满意、基本满意或不满意' }).waitFor();
    await page.getByLabel('满意', { exact: true }).check();
    await page.getByLabel('评价意见 (选填, 不超过1000字)').fill('处理及时');
    await expectAccessible(page);
    await screenshot(page, 'portal-complaint-answered');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('评价已提交。').waitFor();
    await expect(progress.locator('strong').textContent()).resolves.toBe('已评价');
    await expect(progress.textContent()).resolves.toContain('满意 — 处理及时');

    // The handler sees the rating and closes the complaint.
    await complaintPage();
    await desk.getByTestId('complaint-history').locator('[data-kind="rated"]').waitFor();
    const close = await openDialog(desk, desk.getByRole('button', { name: /^办\s*结$/ }));
    await close.getByText('投诉人已评价, 办结后归档。').waitFor();
    await save(close, /^办\s*结$/);
    await expect
      .poll(async () => {
        const kinds = await desk
          .getByTestId('complaint-history')
          .locator('[data-kind]')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
        return kinds.filter((k) => ['registered', 'accepted', 'answered', 'rated', 'closed'].includes(k!));
      })
      .toEqual(['registered', 'accepted', 'answered', 'rated', 'closed']);
    await screenshot(desk, 'console-complaint-closed');
    await desk.context().close();

    await page.reload();
    await query(page, receipt.password);
    await expect(progress.locator('strong').textContent()).resolves.toBe('已办结');
    await page.context().close();
  });
});
