import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chooseOption, openDialog, screenshot, settle } from '../src/browser.ts';
import { type ConsoleUser, signInConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible, expectNoOverflow } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const supervisor: ConsoleUser = { username: 'heping.jiandu', password: 'Demo@2026ln' };
// From the demo (apps/server/src/demo/plans-demo.ts): 和平区's plan, checked mid-year, and its
// campaign under way, in which the city-management bureau is not yet checked.
const PLAN = '和平区2026年度行政执法监督工作计划';
const ACTIVE = '和平区2026年第四季度行政处罚公示专项监督';
const UNCHECKED = '和平区城市管理综合行政执法局';
// Titles this run creates, so they cannot be mistaken for another file's (the database is shared).
const RUN = `E2E-${Date.now().toString(36).toUpperCase()}`;

const { newPage } = browserPages({ width: 1440, height: 900 });

/** A statistic's value in one of the year-end figure cards. */
function statistic(page: Page, group: string, label: string): Locator {
  return page
    .locator('.ant-card-small', {
      has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${group}$`) }),
    })
    .locator('.ant-statistic', {
      has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${label}$`) }),
    })
    .locator('.ant-statistic-content-value');
}

/** The same page at a phone's width, checked for overflow and photographed, then back to the desk. */
async function onPhone(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await ready();
  await settle(page);
  await expectNoOverflow(page);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
  await settle(page);
}

describe('supervision plans and campaigns in the console', () => {
  it("a supervisor reads the year's plan: its stages, tasks and the year's figures", async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.getByRole('menuitem', { name: '监督计划' }).click();
    const card = page.locator('.ant-card-small', { has: page.getByRole('link', { name: PLAN }) });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('已中期检查');
    expect(text).toContain('2026-01-20');
    expect(text).toContain('2026-07-15');
    expect(text).toContain('1/2 项');
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'plans-list');
    await onPhone(page, 'plans-list-phone', () => card.waitFor());

    await page.getByRole('link', { name: PLAN }).click();
    await page.getByRole('heading', { level: 4, name: PLAN }).waitFor();
    const stages = page.locator('.ant-steps-item');
    await expect.poll(() => stages.count()).toBe(4);
    // A step not reached shows its number in the icon; the title and the day are what count.
    const stageTexts = await stages.allTextContents();
    expect(stageTexts).toEqual([
      expect.stringMatching(/^起草2026-01-0\d$/),
      '年初印发2026-01-20',
      '年中检查2026-07-15',
      expect.stringMatching(/^\d?年终总结待进行$/),
    ]);
    const tasks = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => tasks.count()).toBe(2);
    await expect(tasks.filter({ hasText: '涉企行政检查专项监督' }).textContent()).resolves.toContain(
      '已完成',
    );
    await expect(tasks.filter({ hasText: '行政处罚决定公示情况重点监督' }).textContent()).resolves.toContain(
      '进行中',
    );
    await page.getByText('上半年涉企检查专项监督已完成对两个部门的检查').waitFor();

    await page.getByRole('button', { name: /2026年度数据/ }).click();
    // The demo's two campaigns of 和平区, one problem found; both of the plan's tasks.
    await expect(statistic(page, '专项监督', '开展').textContent()).resolves.toBe('2');
    await expect(statistic(page, '计划任务', '任务总数').textContent()).resolves.toBe('2');
    await expect(statistic(page, '计划任务', '已完成').textContent()).resolves.toBe('1');
    await page.getByText('专项监督发现', { exact: true }).waitFor();
    await page.getByLabel('年度总结').waitFor();
    await settle(page);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'plan-figures');
    await onPhone(page, 'plan-figures-phone', () => page.getByLabel('年度总结').waitFor());
    await page.context().close();
  });

  it('records the unchecked agency of the campaign under way and turns its problem into a matter', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.getByRole('menuitem', { name: '专项监督' }).click();
    const listed = page.getByRole('row', { name: new RegExp(ACTIVE) });
    await expect(listed.textContent()).resolves.toContain('1/2 个单位');
    await expect(listed.textContent()).resolves.toContain('开展中');
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'campaigns-list');
    await onPhone(page, 'campaigns-list-phone', () => listed.waitFor());

    await listed.getByRole('link', { name: ACTIVE }).click();
    await page.getByRole('heading', { level: 4, name: ACTIVE }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(UNCHECKED) });
    await expect(row.textContent()).resolves.toContain('未检查');

    const dialog = await openDialog(page, row.getByRole('button', { name: '记录检查结果' }));
    await dialog.getByRole('group', { name: /^P1/ }).getByText('符合要求').click();
    const p2 = dialog.getByRole('group', { name: /^P2/ });
    await p2.getByText('存在问题').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // A problem without a note is refused here, as the server would refuse it.
    await p2.getByText('存在问题的请写明具体情况').waitFor();
    await p2.getByLabel('情况说明').fill(`抽查5份处罚决定, 其中2份公示时未隐去当事人身份证号 (${RUN})`);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain('存在问题');
    expect(await row.textContent()).toContain(RUN);

    const matter = await openDialog(page, row.getByRole('button', { name: '转为监督事项' }));
    await matter.getByLabel('事项名称').fill(`城管执法局处罚决定公示未隐去个人信息 (${RUN})`);
    await matter.getByRole('radio', { name: '柔性监督' }).check();
    await chooseOption(page, matter, '问题类型', '三项制度落实', { search: '三项', multiple: true });
    await matter.getByRole('button', { name: /立\s*项/ }).click();
    await matter.waitFor({ state: 'hidden' });
    const link = row.getByRole('link', { name: /^监督事项 .+监督〔2026〕\d+号$/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/console\/matters\/[\w-]+$/);
    expect(await row.getByRole('button', { name: '转为监督事项' }).count()).toBe(0);
    await expect(page.getByRole('row', { name: new RegExp(UNCHECKED) }).textContent()).resolves.toContain(
      '发现问题 1',
    );
    await settle(page);
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'campaign-page');
    await onPhone(page, 'campaign-page-phone', () =>
      page.getByRole('link', { name: /^监督事项 .+监督〔2026〕\d+号$/ }).waitFor(),
    );
    await page.context().close();
  });

  it("draws up next year's plan, adds a task, issues it and starts a campaign from the task", async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.goto(`${baseUrl}/console/supervision-plans`);
    const dialog = await openDialog(page, page.getByRole('button', { name: '新建计划' }));
    await expect(dialog.locator('.ant-form-item', { hasText: '制定机关' }).textContent()).resolves.toContain(
      '和平区司法局',
    );
    await chooseOption(page, dialog, '年度', '2027年度');
    const title = `和平区2027年度行政执法监督工作计划 (${RUN})`;
    await dialog.getByLabel('计划名称').fill(title);
    await dialog
      .getByLabel('总体安排')
      .fill('以涉企行政检查规范和执法决定公示为重点, 全年开展一次专项监督。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('heading', { level: 4, name: title }).waitFor();
    await page.getByText('起草中', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /印\s*发/ }).isDisabled()).toBe(true);

    const task = await openDialog(page, page.getByRole('button', { name: '添加任务' }));
    await task.getByLabel('任务名称').fill(`涉企行政检查专项监督 (${RUN})`);
    await chooseOption(page, task, '监督类型', '专项监督');
    await chooseOption(page, task, '执法领域', '市场监管', { search: '市场' });
    await task.getByLabel('监督对象').fill('区市场监管局、区综合行政执法局');
    for (const [label, day] of [
      ['开始日期', '2027-03-01'],
      ['结束日期', '2027-09-30'],
    ] as const) {
      await task.getByLabel(label).fill(day);
      await task.getByLabel(label).press('Enter');
    }
    await task.getByLabel('责任单位').fill('区司法局执法监督科');
    await task.getByRole('button', { name: /保\s*存/ }).click();
    await task.waitFor({ state: 'hidden' });
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('2027-09-30');

    const confirm = await openDialog(page, page.getByRole('button', { name: /印\s*发/ }));
    await confirm.getByRole('button', { name: /印\s*发/ }).click();
    await page.getByText('已印发', { exact: true }).waitFor();
    await expect(page.locator('.ant-steps-item').nth(1).textContent()).resolves.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.getByRole('button', { name: '年中检查' }).waitFor();

    // The task starts a campaign: the form comes filled in from the task and the bureau.
    await rows.first().getByRole('button', { name: '开展专项监督' }).click();
    await page.getByRole('heading', { level: 4, name: '新建专项监督' }).waitFor();
    const form = page.locator('form');
    await expect
      .poll(() => form.getByLabel('专项监督名称').inputValue())
      .toBe(`涉企行政检查专项监督 (${RUN})`);
    await expect(form.getByLabel('开始日期').inputValue()).resolves.toBe('2027-03-01');
    await expect
      .poll(async () => form.locator('.ant-form-item', { hasText: '监督区域' }).textContent())
      .toContain('210102');
    await expect(
      form.locator('.ant-form-item', { hasText: '所属计划任务' }).textContent(),
    ).resolves.toContain(`任务1: 涉企行政检查专项监督 (${RUN})`);
    await form
      .getByLabel('监督内容与要求')
      .fill('检查涉企行政检查是否有计划、有依据、有记录, 是否扫码入企。');
    await form.getByLabel('检查内容 1').fill('检查有年度计划并已备案');
    await form.getByRole('button', { name: '添加检查项' }).click();
    await expect(form.getByLabel('编号 2').inputValue()).resolves.toBe('C2');
    await form.getByLabel('检查内容 2').fill('检查人员持证并不少于两人');
    await form.getByRole('button', { name: /全选本区域单位/ }).click();
    await expectAccessible(page);
    await expectNoOverflow(page);
    await screenshot(page, 'campaign-form');
    await onPhone(page, 'campaign-form-phone', () => form.getByLabel('检查内容 2').waitFor());
    await form.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByRole('heading', { level: 4, name: `涉企行政检查专项监督 (${RUN})` }).waitFor();
    await page.getByText('筹备中', { exact: true }).waitFor();
    await page.getByRole('link', { name: new RegExp(`任务1: 涉企行政检查专项监督 \\(${RUN}\\)`) }).waitFor();
    const start = await openDialog(page, page.getByRole('button', { name: /开\s*始/ }));
    await start.getByRole('button', { name: /开\s*始/ }).click();
    await page.getByText('开展中', { exact: true }).waitFor();
    await page.getByRole('button', { name: '记录检查结果' }).first().waitFor();
    await page.context().close();
  });
});
