import { z } from 'zod';

/**
 * Check rules for the official codes people type into forms, shared so the web rejects a typo
 * before submitting and the server rejects it again with the same Chinese message.
 */

/** The 31 characters a 统一社会信用代码 may use (GB 32100-2015 leaves out I, O, Z, S and V). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK = '10X98765432';

const CREDIT_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const ORG_PATTERN = /^[0-9A-Z]{8}-?[0-9X]$/;
const RESIDENT_PATTERN = /^\d{17}[\dX]$/;

/**
 * The 组织机构代码 check character (GB 11714-1997) of an 8-character body: digits count as
 * themselves and letters A–Z as 10–35; returns undefined when the body is malformed.
 */
export function orgCodeCheckChar(first8: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(first8)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(first8[i]!, 36) * ORG_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** True for a 组织机构代码 with a correct check character; `12345678-9` and `123456789` are both accepted. */
export function isValidOrgCode(code: string): boolean {
  if (!ORG_PATTERN.test(code)) return false;
  const plain = code.replace('-', '');
  return orgCodeCheckChar(plain.slice(0, 8)) === plain[8];
}

/** The 18th character of a 统一社会信用代码 for its first 17; undefined when they use a forbidden character. */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) return undefined;
    sum += value * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** Why a 统一社会信用代码 is wrong, in Chinese, or null when it is valid. */
function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return '统一社会信用代码应为18位';
  if (!CREDIT_PATTERN.test(code)) return '统一社会信用代码只能由数字和大写字母组成 (不含 I、O、Z、S、V)';
  const valid = creditCodeCheckChar(code.slice(0, 17)) === code[17] && isValidOrgCode(code.slice(8, 17));
  return valid ? null : '统一社会信用代码校验位错误';
}

/**
 * True for a well-formed 统一社会信用代码. The rule is stricter than the 18th character alone:
 * positions 9–17 are the organisation's 组织机构代码, whose own check character (position 17)
 * must also be right, so a code that only passes the outer check is still refused.
 */
export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/** A 统一社会信用代码 field: trims, upper-cases and names the first thing wrong in Chinese. */
export const CreditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: '统一社会信用代码 (GB 32100-2015)', example: '91350100M000100Y43' });

/** Today's date in Asia/Shanghai as YYYYMMDD, the day an ID's birth date may not be after. */
function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

/** True when YYYYMMDD is a real calendar date from 1900 up to `today`. */
function isPlausibleBirthDate(yyyymmdd: string, today: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= 1900 && yyyymmdd <= today;
}

/** The check character (GB 11643-1999) of a 居民身份证号's 17 digits; undefined when they are not 17 digits. */
export function residentIdCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_WEIGHTS[i]!;
  return RESIDENT_CHECK[sum % 11];
}

/** Why a 居民身份证号 is wrong, in Chinese, or null when it is valid. */
function residentIdProblem(raw: string, now: Date): string | null {
  const id = raw.toUpperCase();
  if (id.length !== 18) return '居民身份证号应为18位';
  if (!RESIDENT_PATTERN.test(id)) return '居民身份证号前17位应为数字, 末位为数字或X';
  if (!isPlausibleBirthDate(id.slice(6, 14), shanghaiToday(now))) return '居民身份证号中的出生日期无效';
  return residentIdCheckChar(id.slice(0, 17)) === id[17] ? null : '居民身份证号校验位错误';
}

/**
 * True for an 18-digit 居民身份证号 with a real birth date (1900 to today, Asia/Shanghai) and the
 * right check character; a lower-case x is accepted. `now` exists so tests can pin the clock.
 */
export function isValidResidentId(id: string, now: Date = new Date()): boolean {
  return residentIdProblem(id, now) === null;
}

/** A 居民身份证号 field: trims, turns a trailing x into X and names the first thing wrong in Chinese. */
export const ResidentIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = residentIdProblem(value, new Date());
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: '居民身份证号 (GB 11643-1999, 18位)', example: '11010519491231002X' });

/** The birth date (YYYY-MM-DD) in a valid 居民身份证号, so forms need not ask for it twice; null when invalid. */
export function birthDateFromResidentId(id: string): string | null {
  if (!isValidResidentId(id)) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** The gender a valid 居民身份证号 encodes (odd 17th digit: male); null when invalid. */
export function genderFromResidentId(id: string): 'male' | 'female' | null {
  if (!isValidResidentId(id)) return null;
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/**
 * Completes an 8-character body into a valid 组织机构代码 — for demo data and tests only, never to
 * "repair" a code someone typed.
 */
export function makeOrgCode(first8: string): string {
  const check = orgCodeCheckChar(first8);
  if (check === undefined) throw new RangeError(`组织机构代码本体应为8位数字或大写字母: ${first8}`);
  return first8 + check;
}

/**
 * Completes 17 characters into a valid 统一社会信用代码 — for demo data and tests only. Positions
 * 9–17 must already be a valid 组织机构代码 (build them with `makeOrgCode`).
 */
export function makeCreditCode(first17: string): string {
  const check = creditCodeCheckChar(first17);
  if (check === undefined) throw new RangeError(`统一社会信用代码前17位含有不允许的字符: ${first17}`);
  if (!isValidOrgCode(first17.slice(8, 17)))
    throw new RangeError(`统一社会信用代码第9至17位不是有效的组织机构代码: ${first17.slice(8, 17)}`);
  return first17 + check;
}

/** Completes 17 digits into a valid 居民身份证号 — for demo data and tests only. */
export function makeResidentId(first17: string): string {
  const check = residentIdCheckChar(first17);
  if (check === undefined) throw new RangeError(`居民身份证号前17位应为数字: ${first17}`);
  return first17 + check;
}
