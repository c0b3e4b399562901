import { makeCreditCode, makeOrgCode, makeResidentId } from '@jiandu/contracts/codes';
import jsQRModule from 'jsqr';
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { chooseOption, openDialog, screenshot, settle } from '../src/browser.ts';
import { type ConsoleUser, signInConsole, signOutConsole } from '../src/console-user.ts';
import { browserPages, expectAccessible } from '../src/session.ts';

// jsqr is CommonJS with a default export; under Node's ESM loader it arrives one level down.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ??
  jsQRModule) as unknown as typeof jsQRModule.default;
const baseUrl = inject('baseUrl');
const DEMO = 'Demo@2026ln';
const AGENCY = '和平区文化旅游和广播电视局';
const CREDIT_CODE = makeCreditCode(`11210102${makeOrgCode('73519864')}`);
const OFFICER = '岳明轩';
const ID_NUMBER = makeResidentId('21010219880516451');
const CERTIFICATE = 'LN21010226009001';
const sysadmin: ConsoleUser = { username: 'sysadmin', password: DEMO };
const supervisor: ConsoleUser = { username: 'heping.jiandu', password: DEMO };

const { newPage } = browserPages({ height: 800 });

async function pickDate(within: Locator, label: string, date: string) {
  const input = within.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Reads the certificate's QR code as a phone would: the PNG, decoded to the address it holds. */
async function qrTarget(number: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/public/certificates/${number}/qr.png`);
  expect(res.status).toBe(200);
  const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('QR code could not be read');
  return code.data;
}

describe('an agency is qualified and appears on the portal; its officer’s certificate is checked by QR', () => {
  it('the system administrator registers the new agency in the org tree', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, sysadmin);
    await page.goto(`${baseUrl}/console/orgs`);
    await page
      .getByRole('tree')
      .locator('.ant-tree-treenode', { hasText: '沈阳市司法局' })
      .first()
      .locator('.ant-tree-switcher')
      .click();
    await page.getByRole('tree').getByText('和平区司法局', { exact: true }).click();
    const dialog = await openDialog(page, page.getByRole('button', { name: '新建单位' }));
    await dialog.getByLabel('名称', { exact: true }).fill(AGENCY);
    await chooseOption(page, dialog, '类型', '行政执法主体');
    await dialog.getByLabel('行政区划', { exact: true }).click();
    // The region picker opens at the parent's region; the agency is at the district's own level.
    await page.locator('.ant-cascader-menu-item', { hasText: '和平区' }).first().click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('统一社会信用代码', { exact: true }).fill(CREDIT_CODE);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('单位已创建').waitFor();
    await signOutConsole(page);
    await page.context().close();
  });

  it('the district justice bureau fills in, submits, confirms and publishes its qualification', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.goto(`${baseUrl}/console/agencies`);
    await page.getByLabel('搜索执法主体').fill('文化旅游');
    await page.getByLabel('搜索执法主体').press('Enter');
    // Click the row of the filtered list, not one of the unfiltered list it replaces.
    await page.getByText('共 1 个执法主体').waitFor();
    await page.getByRole('link', { name: AGENCY }).click();
    await page.getByText('尚未填报主体资格').waitFor();
    const form = await openDialog(page, page.getByRole('button', { name: '填写主体资格' }));
    await form.getByLabel('法律、法规或规章名称').first().fill('《中华人民共和国行政处罚法》');
    await form.getByLabel('条款').first().fill('第十八条');
    await form.getByText('法定', { exact: true }).click();
    await chooseOption(page, form, '执法领域', '文化市场', { search: '文化', multiple: true });
    await form.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('已完成').first().waitFor();
    await page.getByRole('button', { name: '提交确认' }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByRole('button', { name: /确\s*认$/ }).click();
    await settle(page);
    await page
      .getByRole('dialog', { name: /确认主体资格/ })
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByRole('button', { name: /公\s*告$/ }).click();
    await settle(page);
    await page
      .getByRole('dialog', { name: /公告主体资格/ })
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('已公告').first().waitFor();
    await screenshot(page, 'console-agency-published');
    await signOutConsole(page);
    await page.context().close();
  });

  it('the public finds the published agency on the portal', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: '执法主体与人员' }).click();
    await page.getByLabel('名称或统一社会信用代码').fill('文化旅游');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('link', { name: AGENCY }).click();
    await page.getByRole('heading', { name: AGENCY }).waitFor();
    await expect(page.locator('.facts').innerText()).resolves.toContain(CREDIT_CODE);
    await expect(page.locator('.facts').innerText()).resolves.toContain(
      '《中华人民共和国行政处罚法》 第十八条',
    );
    await expectAccessible(page);
    await screenshot(page, 'portal-agency');
    await page.context().close();
  });

  it('the bureau registers an officer and issues a certificate whose QR code says valid', async () => {
    const page = await newPage();
    await signInConsole(page, baseUrl, supervisor);
    await page.goto(`${baseUrl}/console/officers`);
    const form = await openDialog(page, page.getByRole('button', { name: '新增执法人员' }));
    await chooseOption(page, form, '所在单位', AGENCY, { search: '文化旅游' });
    await form.getByLabel('姓名', { exact: true }).fill(OFFICER);
    await form.getByLabel('身份证号', { exact: true }).fill(ID_NUMBER);
    await form.getByLabel('执法岗位', { exact: true }).fill('文化市场综合执法大队队员');
    await chooseOption(page, form, '人员类别', '公务员');
    await chooseOption(page, form, '执法领域', '文化市场', { search: '文化', multiple: true });
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('heading', { name: OFFICER }).or(page.getByText(OFFICER).first()).first().waitFor();
    await page.getByRole('link', { name: OFFICER }).or(page.getByText(OFFICER)).first().click();
    const issue = await openDialog(page, page.getByRole('button', { name: '发放证件' }));
    await issue.getByLabel('证件编号', { exact: true }).fill(CERTIFICATE);
    await chooseOption(page, issue, '证件类型', '行政执法证');
    await issue.getByLabel('发证机关', { exact: true }).fill('辽宁省人民政府');
    await pickDate(issue, '发证日期', '2026-11-01');
    await pickDate(issue, '有效期至', '2031-10-31');
    // The certificate's fields start as the officer's own.
    await expect(issue.locator('.ant-select-selection-item', { hasText: '文化市场' }).count()).resolves.toBe(
      1,
    );
    await issue
      .getByRole('button', { name: /保\s*存|确\s*定|发\s*放/ })
      .last()
      .click();
    await page.getByText(CERTIFICATE).first().waitFor();
    await screenshot(page, 'console-officer-certificate');

    const target = await qrTarget(CERTIFICATE);
    expect(target).toBe(`${baseUrl}/certificates/${CERTIFICATE}`);
    const phone = await newPage(390, 844);
    await phone.goto(target);
    await phone.getByText('证件有效').waitFor();
    await expect(phone.locator('.certificate').innerText()).resolves.toContain(OFFICER);
    const body = await phone.locator('body').innerText();
    expect(body).not.toContain(ID_NUMBER);
    await screenshot(phone, 'portal-certificate-valid');
    await phone.context().close();

    const change = await openDialog(page, page.getByRole('button', { name: '变更状态' }).first());
    await change.getByText('吊销', { exact: true }).click();
    await change.getByLabel('原因', { exact: true }).fill('受到开除处分, 吊销行政执法证');
    await change
      .getByRole('button', { name: /确\s*定|保\s*存/ })
      .last()
      .click();
    await page.getByText('吊销').first().waitFor();
    await signOutConsole(page);
    await page.context().close();
  });

  it('the same QR code now opens a page saying the certificate is revoked', async () => {
    const target = await qrTarget(CERTIFICATE);
    const phone = await newPage(390, 844);
    await phone.goto(target);
    await phone.getByText('证件当前不可用于执法').waitFor();
    await expect(phone.locator('.verdict').innerText()).resolves.toContain('吊销');
    await screenshot(phone, 'portal-certificate-revoked');
    await phone.context().close();
  });
});
