import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { totpCode, totpStep } from '../../apps/server/src/platform/auth/totp.ts';

/** What a test remembers about a console user between sign-ins. */
export interface ConsoleUser {
  username: string;
  password: string;
  secret?: string;
  /** The last TOTP step used, so the next sign-in waits for a fresh code instead of replaying one. */
  lastStep?: number;
}

// Test files run one after another against one server; a user enrolled by an earlier file keeps
// its TOTP secret there, so the secrets (and the last step used) are shared through a file.
function secretsFile(): string {
  return path.join(inject('stateDir'), 'totp-secrets.json');
}

function readShared(): Record<string, { secret: string; lastStep?: number }> {
  return existsSync(secretsFile()) ? JSON.parse(readFileSync(secretsFile(), 'utf8')) : {};
}

function recall(user: ConsoleUser): void {
  const known = readShared()[user.username];
  if (!known) return;
  user.secret ??= known.secret;
  if (known.lastStep !== undefined && (user.lastStep ?? -1) < known.lastStep) user.lastStep = known.lastStep;
}

function remember(user: ConsoleUser): void {
  if (!user.secret) return;
  const all = readShared();
  all[user.username] = {
    secret: user.secret,
    ...(user.lastStep === undefined ? {} : { lastStep: user.lastStep }),
  };
  writeFileSync(secretsFile(), JSON.stringify(all));
}

async function freshCode(user: ConsoleUser): Promise<string> {
  let step = totpStep();
  if (user.lastStep !== undefined && step <= user.lastStep) step = user.lastStep + 1;
  // A code one step ahead is accepted (clock drift); further ahead, wait.
  while (step > totpStep() + 1) await new Promise((r) => setTimeout(r, 1000));
  user.lastStep = step;
  return totpCode(user.secret!, step);
}

/**
 * Signs in through the console like a person: password, then either TOTP enrolment (reading the
 * key shown under the QR code, saving the recovery codes) or a code, then a forced password change.
 */
export async function signInConsole(
  page: Page,
  baseUrl: string,
  user: ConsoleUser,
  newPassword?: string,
): Promise<void> {
  recall(user);
  if (await resumeSession(page, baseUrl, user)) return;
  await signInAfresh(page, baseUrl, user, newPassword);
  await saveSession(page, user);
}

// A user signed in by an earlier test, and not signed out since, opens the console in their session
// again, as a person returning to the browser would. Signing in afresh each time meant waiting for a
// new TOTP code (codes are single-use), which was most of the browser lane's time.
function sessionsFile(): string {
  return path.join(inject('stateDir'), 'console-sessions.json');
}

type Cookies = Awaited<ReturnType<ReturnType<Page['context']>['cookies']>>;

function readSessions(): Record<string, Cookies> {
  return existsSync(sessionsFile()) ? JSON.parse(readFileSync(sessionsFile(), 'utf8')) : {};
}

async function saveSession(page: Page, user: ConsoleUser): Promise<void> {
  writeFileSync(
    sessionsFile(),
    JSON.stringify({ ...readSessions(), [user.username]: await page.context().cookies() }),
  );
}

async function resumeSession(page: Page, baseUrl: string, user: ConsoleUser): Promise<boolean> {
  const cookies = readSessions()[user.username];
  if (!cookies?.length) return false;
  await page.context().addCookies(cookies);
  await page.goto(`${baseUrl}/console/`);
  const layout = page.getByTestId('user-menu');
  const form = page.getByLabel('用户名');
  await Promise.race([layout.waitFor(), form.waitFor()]);
  if (await layout.isVisible()) return true;
  // The session has ended (signed out, or expired): forget it and sign in as usual.
  await page.context().clearCookies();
  const { [user.username]: _ended, ...others } = readSessions();
  writeFileSync(sessionsFile(), JSON.stringify(others));
  return false;
}

async function signInAfresh(page: Page, baseUrl: string, user: ConsoleUser, newPassword?: string) {
  await page.goto(`${baseUrl}/console/`);
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  const enrol = page.getByTestId('totp-secret');
  // Only the code page offers the recovery-code way in; the enrolment page has a code field too.
  const otpPage = page.getByRole('button', { name: /使用恢复码/ });
  await Promise.race([enrol.waitFor(), otpPage.waitFor()]);
  if (await enrol.isVisible()) {
    user.secret = (await enrol.innerText()).trim();
    await page.getByLabel('动态验证码').fill(await freshCode(user));
    remember(user);
    await page.getByRole('button', { name: '确认绑定' }).click();
    await page.getByRole('button', { name: /我已妥善保存/ }).click();
  } else {
    if (!user.secret) throw new Error(`${user.username} is enrolled but the test does not know the secret`);
    await page.getByLabel('动态验证码').fill(await freshCode(user));
    remember(user);
    await page.getByRole('button', { name: /验\s*证/ }).click();
  }
  const changePassword = page
    .getByRole('heading', { name: '修改密码' })
    .or(page.getByText('修改密码', { exact: true }));
  const layout = page.getByTestId('user-menu');
  await Promise.race([layout.waitFor(), changePassword.first().waitFor()]);
  if (!(await layout.isVisible())) {
    if (!newPassword) throw new Error(`${user.username} must change the password`);
    await page.getByLabel('当前密码').fill(user.password);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    user.password = newPassword;
    await layout.waitFor();
  }
}

/** Signs out through the user menu. */
export async function signOutConsole(page: Page): Promise<void> {
  const values = new Set((await page.context().cookies()).map((c) => c.value));
  const sessions = readSessions();
  for (const [username, cookies] of Object.entries(sessions))
    if (cookies.some((c) => values.has(c.value))) delete sessions[username];
  writeFileSync(sessionsFile(), JSON.stringify(sessions));
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  try {
    await page.getByLabel('用户名').waitFor({ timeout: 10_000 });
  } catch (error) {
    await page.screenshot({ path: '/tmp/signout-debug.png' });
    throw error;
  }
}
