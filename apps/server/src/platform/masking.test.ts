import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone, maskValue } from './masking.ts';

describe('maskName', () => {
  it('keeps the surname of a two-character name', () => {
    expect(maskName('张三')).toBe('张*');
  });

  it('keeps the first and last character of longer names', () => {
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('买买提·艾力')).toBe('买****力');
  });

  it('hides a one-character name and counts rare characters as one', () => {
    expect(maskName('张')).toBe('*');
    expect(maskName('𠮷小明')).toBe('𠮷*明');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first four and last four of an 18-digit number', () => {
    expect(maskIdNumber('210102199003071234')).toBe('2101**********1234');
    expect(maskIdNumber('21010219900307123X')).toBe('2101**********123X');
  });

  it('masks the 15-digit numbers of older cards the same way', () => {
    expect(maskIdNumber('210102900307123')).toBe('2101*******7123');
  });

  it('never shows the birth date', () => {
    expect(maskIdNumber('210102199003071234')).not.toContain('19900307');
  });
});

describe('maskPhone', () => {
  it('masks the middle four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps three and four of a long landline, and only the last digit of a short one', () => {
    expect(maskPhone('024-23456789')).toBe('024*****6789');
    expect(maskPhone('23456789')).toBe('*******9');
    expect(maskPhone('110')).toBe('**0');
  });
});

describe('maskAddress', () => {
  it('keeps the first six characters and hides the length of the rest', () => {
    expect(maskAddress('辽宁省沈阳市和平区南京北街100号')).toBe('辽宁省沈阳市****');
    expect(maskAddress('辽宁省沈阳市和平区')).toBe('辽宁省沈阳市****');
  });

  it('keeps only half of a short address', () => {
    expect(maskAddress('和平区南京街')).toBe('和平区****');
  });
});

describe('empty values', () => {
  it('returns null, undefined and the empty string as they are', () => {
    for (const mask of [maskName, maskIdNumber, maskPhone, maskAddress]) {
      expect(mask(null)).toBeNull();
      expect(mask(undefined)).toBeUndefined();
      expect(mask('')).toBe('');
    }
  });
});

describe('maskValue', () => {
  it('dispatches on the kind', () => {
    expect(maskValue('name', '欧阳小明')).toBe('欧**明');
    expect(maskValue('idNumber', '210102199003071234')).toBe('2101**********1234');
    expect(maskValue('phone', '13812345678')).toBe('138****5678');
    expect(maskValue('address', '辽宁省沈阳市和平区南京北街100号')).toBe('辽宁省沈阳市****');
    expect(maskValue('phone', null)).toBeNull();
  });

  it('refuses an unknown kind rather than showing the value', () => {
    expect(() => maskValue('email' as never, 'a@b.cn')).toThrow('未知的脱敏类型');
  });
});
