import { birthDateFromResidentId, isValidCreditCode, isValidResidentId } from '@jiandu/contracts/codes';
import { describe, expect, it } from 'vitest';
import { birthDate, companyName, creditCode, personName, residentId, soleTraderName } from './people.ts';
import { Random } from './random.ts';
import { COUNTIES } from './regions.ts';

describe('people', () => {
  it('makes valid Liaoning resident ID numbers of adults born 1950–2006', () => {
    const rng = new Random('ids');
    for (let i = 0; i < 5000; i++) {
      const county = rng.pick(COUNTIES);
      const born = birthDate(rng);
      const male = rng.chance(0.5);
      const id = residentId(rng, county.code, born, male);
      expect(isValidResidentId(id), id).toBe(true);
      expect(id.slice(0, 6)).toBe(county.code);
      expect(birthDateFromResidentId(id)).toBe(born);
      expect(born >= '1950-01-01' && born <= '2006-12-31').toBe(true);
      expect(Number(id[16]) % 2).toBe(male ? 1 : 0);
    }
  });

  it('makes valid credit codes for companies, sole traders and agencies', () => {
    const rng = new Random('codes');
    for (let i = 0; i < 5000; i++) {
      const county = rng.pick(COUNTIES);
      const type = rng.pick(['91', '92', '93', '11'] as const);
      const code = creditCode(rng, type, county.code);
      expect(isValidCreditCode(code), code).toBe(true);
      expect(code.slice(0, 8)).toBe(type + county.code);
    }
  });

  it('names people, companies and sole traders in the local style', () => {
    const rng = new Random('names');
    const county = COUNTIES.find((c) => c.name === '和平区')!;
    for (let i = 0; i < 200; i++) {
      expect(personName(rng, true)).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      expect(companyName(rng, county, '餐饮管理')).toMatch(
        /^(沈阳市和平区|沈阳).+餐饮管理(股份)?有限(责任)?公司$/,
      );
      expect(soleTraderName(rng, county, '小吃店')).toMatch(/^和平区.+小吃店$/);
    }
  });
});
