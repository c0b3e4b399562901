import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateFromResidentId,
  CREDIT_CODE_CHARSET,
  CreditCodeSchema,
  creditCodeCheckChar,
  genderFromResidentId,
  isValidCreditCode,
  isValidOrgCode,
  isValidResidentId,
  makeCreditCode,
  makeOrgCode,
  makeResidentId,
  ResidentIdSchema,
} from './codes.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('统一社会信用代码', () => {
  it('accepts the widely cited sample, whose check character is worked out by hand', () => {
    // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    // Its 组织机构代码 M000100Y4: M(22)·3 + 1·5 + Y(34)·2 = 139; 139 mod 11 = 7; 11 − 7 = 4.
    expect(isValidOrgCode('M000100Y4')).toBe(true);
    expect(isValidOrgCode('M000100Y-4')).toBe(true);
    expect(isValidOrgCode('M000100Y5')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('refuses a wrong check character, forbidden letters and wrong lengths', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    for (const letter of ['I', 'O', 'Z', 'S', 'V'])
      expect(isValidCreditCode(`91350100M000100${letter}43`)).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
  });

  it('refuses a code that passes the outer check but not the 组织机构代码 check', () => {
    const badOrg = '91350100M000100Y5';
    expect(isValidOrgCode(badOrg.slice(8))).toBe(false);
    const outerOnly = badOrg + creditCodeCheckChar(badOrg);
    expect(isValidCreditCode(outerOnly)).toBe(false);
    expect(() => makeCreditCode(badOrg)).toThrow(RangeError);
  });

  it('validates in the schema with Chinese messages, upper-casing what was typed', () => {
    expect(CreditCodeSchema.parse(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(messages(CreditCodeSchema.safeParse('9135010'))).toEqual(['统一社会信用代码应为18位']);
    expect(messages(CreditCodeSchema.safeParse('91350100M000100Y44'))).toEqual([
      '统一社会信用代码校验位错误',
    ]);
    expect(messages(CreditCodeSchema.safeParse('91350100M000100O43'))[0]).toContain('不含 I、O、Z、S、V');
  });
});

describe('居民身份证号', () => {
  it('accepts the well-known sample, whose check character is worked out by hand', () => {
    // Σ digit·weight over 11010519491231002 = 167; 167 mod 11 = 2 → 'X'.
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(ResidentIdSchema.parse('11010519491231002x')).toBe('11010519491231002X');
    expect(birthDateFromResidentId('11010519491231002X')).toBe('1949-12-31');
    expect(genderFromResidentId('11010519491231002X')).toBe('female');
    expect(genderFromResidentId(makeResidentId('11010519491231001'))).toBe('male');
  });

  it('refuses wrong check characters, wrong lengths and non-digits', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519491231002')).toBe(false);
    expect(isValidResidentId('11010519491231002XX')).toBe(false);
    expect(isValidResidentId('1101051949123100AX')).toBe(false);
    expect(birthDateFromResidentId('110105194912310021')).toBeNull();
    expect(genderFromResidentId('110105194912310021')).toBeNull();
  });

  it('refuses impossible, too early and future birth dates even with a right check character', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    expect(isValidResidentId(makeResidentId('11010519990230001'), now)).toBe(false);
    expect(isValidResidentId(makeResidentId('11010518991231001'), now)).toBe(false);
    expect(isValidResidentId(makeResidentId('11010520261128001'), now)).toBe(false);
    expect(isValidResidentId(makeResidentId('11010520261127001'), now)).toBe(true);
    expect(isValidResidentId(makeResidentId('11010520000229001'), now)).toBe(true);
    expect(isValidResidentId(makeResidentId('11010519000229001'), now)).toBe(false);
  });

  it('names the problem in Chinese', () => {
    expect(messages(ResidentIdSchema.safeParse('1101051949'))).toEqual(['居民身份证号应为18位']);
    expect(messages(ResidentIdSchema.safeParse(makeResidentId('11010519990230001')))).toEqual([
      '居民身份证号中的出生日期无效',
    ]);
    expect(messages(ResidentIdSchema.safeParse('110105194912310021'))).toEqual(['居民身份证号校验位错误']);
  });
});

const creditChar = fc.constantFrom(...CREDIT_CODE_CHARSET);
const digit = fc.constantFrom(...'0123456789');
const chars = (arb: fc.Arbitrary<string>, n: number) =>
  fc.array(arb, { minLength: n, maxLength: n }).map((a) => a.join(''));

/** Valid credit codes: registration and kind chars, a region code, then a made 组织机构代码. */
const creditCodes = fc
  .tuple(chars(creditChar, 2), chars(digit, 6), chars(creditChar, 8))
  .map(([head, region, body]) => makeCreditCode(head + region + makeOrgCode(body)));

/** Valid resident ids with birth dates between 1900 and 2020. */
const residentIds = fc
  .tuple(
    chars(digit, 6),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
  )
  .chain(([region, birth]) =>
    chars(digit, 3).map((seq) =>
      makeResidentId(region + birth.toISOString().slice(0, 10).replaceAll('-', '') + seq),
    ),
  );

/** Replaces the character at `index` with a different one from `alphabet`. */
const mutate = (code: string, alphabet: string) =>
  fc.tuple(fc.nat({ max: code.length - 1 }), fc.nat({ max: alphabet.length - 2 })).map(([index, pick]) => {
    const others = alphabet.replace(code[index]!, '');
    return code.slice(0, index) + others[pick] + code.slice(index + 1);
  });

describe('properties', () => {
  it('makeOrgCode and makeCreditCode always produce valid codes', () => {
    fc.assert(
      fc.property(creditCodes, (code) => isValidCreditCode(code) && isValidOrgCode(code.slice(8, 17))),
    );
  });

  it('makeResidentId always produces a valid id with the birth date it was given', () => {
    fc.assert(
      fc.property(residentIds, (id) => isValidResidentId(id) && birthDateFromResidentId(id)?.length === 10),
    );
  });

  it('any other check character makes a valid code invalid', () => {
    fc.assert(
      fc.property(creditCodes, fc.nat({ max: 29 }), (code, pick) => {
        const other = CREDIT_CODE_CHARSET.replace(code[17]!, '')[pick]!;
        return !isValidCreditCode(code.slice(0, 17) + other);
      }),
    );
    fc.assert(
      fc.property(residentIds, fc.nat({ max: 9 }), (id, pick) => {
        const other = '0123456789X'.replace(id[17]!, '')[pick]!;
        return !isValidResidentId(id.slice(0, 17) + other);
      }),
    );
  });

  it('changing any single character anywhere makes a valid credit code invalid', () => {
    fc.assert(
      fc.property(
        creditCodes.chain((code) => mutate(code, CREDIT_CODE_CHARSET)),
        (changed) => !isValidCreditCode(changed),
      ),
    );
  });

  it('changing any single digit of the first 17 makes a valid id invalid', () => {
    fc.assert(
      fc.property(
        residentIds.chain((id) => mutate(id.slice(0, 17), '0123456789').map((m) => m + id[17])),
        (changed) => !isValidResidentId(changed),
      ),
    );
  });
});
