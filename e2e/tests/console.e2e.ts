import { describe, expect, inject, it } from 'vitest';
import { chooseOption, openDialog, screenshot, settle } from '../src/browser.ts';
import { type ConsoleUser, signInConsole, signOutConsole } from '../src/console-user.ts';
import { browserPages } from '../src/session.ts';

const baseUrl = inject('baseUrl');
const DEMO = 'Demo@2026ln';
const sysadmin: ConsoleUser = { username: 'sysadmin', password: DEMO };
const secadmin: ConsoleUser = { username: 'secadmin', password: DEMO };
const auditadmin: ConsoleUser = { username: 'auditadmin', password: DEMO };
const county: ConsoleUser = { username: 'liaozhong.jiandu', password: '' };

const { newPage } = browserPages();

describe('console: a county office is set up and sees only its own county', () => {
  it('the system administrator signs in with TOTP and creates the county justice bureau and its user', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, sysadmin);
    await screenshot(page, 'console-workbench-sysadmin');
    await page.goto(`${baseUrl}/console/orgs`);
    await page.getByRole('tree').getByText('沈阳市司法局', { exact: true }).click();
    const dialog = await openDialog(page, page.getByRole('button', { name: '新建单位' }));
    await dialog.getByLabel('名称', { exact: true }).fill('辽中区司法局');
    await chooseOption(page, dialog, '类型', '司法行政机关');
    await dialog.getByLabel('行政区划', { exact: true }).click();
    // The region picker opens at the parent's region (沈阳市); a county is one level below.
    await page.locator('.ant-cascader-menu-item', { hasText: '沈阳市' }).first().click();
    await page.locator('.ant-cascader-menu-item', { hasText: '辽中区' }).first().click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('单位已创建').waitFor();
    await screenshot(page, 'console-orgs-sysadmin');

    await page.goto(`${baseUrl}/console/users`);
    const form = await openDialog(page, page.getByRole('button', { name: '新建用户' }));
    await form.getByLabel('用户名', { exact: true }).fill(county.username);
    await form.getByLabel('姓名', { exact: true }).fill('周明');
    await chooseOption(page, form, '所属单位', '辽中区司法局', { search: '辽中区' });
    await form.getByRole('button', { name: /保\s*存/ }).click();
    county.password = (await page.getByTestId('temporary-password').innerText()).trim();
    expect(county.password.length).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'console-users-temporary-password');
    await page.getByRole('button', { name: '我已记下, 关闭' }).click();
    await signOutConsole(page);
    await page.context().close();
  });

  it('the security administrator gives the new user the supervisor role over that county', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, secadmin);
    await page.goto(`${baseUrl}/console/users?q=${county.username}`);
    const row = page.getByRole('row', { name: new RegExp(county.username) });
    await row.getByRole('button', { name: '分配角色' }).click();
    const drawer = page.locator('.ant-drawer:visible');
    await settle(page);
    await drawer.getByRole('button', { name: '添加角色' }).click();
    // The list of built-in roles is longer than the dropdown shows; type, as a person would.
    await chooseOption(page, drawer, '角色', '执法监督人员', { search: '执法监督' });
    await chooseOption(page, drawer, '数据范围', '本单位及下级单位');
    await settle(page);
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect(row.getByText('执法监督人员').first().innerText()).resolves.toContain('执法监督人员');
    await screenshot(page, 'console-users-secadmin');
    await signOutConsole(page);
    await page.context().close();
  });

  it('the county user signs in, enrols, changes the password, and sees only the county', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, county, 'Liaozhong#2026a');
    await expect(page.getByTestId('current-org').innerText()).resolves.toContain('辽中区司法局');
    await page.goto(`${baseUrl}/console/orgs`);
    await page.getByRole('cell', { name: '辽中区司法局' }).first().waitFor();
    const names = await page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(['辽中区司法局']);
    expect(await page.getByText('沈阳市司法局').count()).toBe(0);
    await screenshot(page, 'console-orgs-county-user');
    const phone = await newPage(390, 844);
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${baseUrl}/console/orgs`);
    await phone.getByRole('cell', { name: '辽中区司法局' }).first().waitFor();
    await screenshot(phone, 'console-orgs-county-user-phone');
    await phone.context().close();
    await signOutConsole(page);
    await page.context().close();
  });

  it('the audit administrator finds both sign-ins in the audit trail', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, auditadmin);
    await page.goto(`${baseUrl}/console/audit`);
    // The trail now holds the whole demo's history; wait for the first page rather than the empty table.
    const rows = page.locator('.ant-table-tbody');
    await rows.getByText(county.username).first().waitFor();
    const text = await rows.innerText();
    expect(text).toContain(county.username);
    expect(text).toContain('sysadmin');
    await screenshot(page, 'console-audit');
    await signOutConsole(page);
    await page.context().close();
  });
});
