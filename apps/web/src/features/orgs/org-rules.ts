import { CREDIT_CODE_CHARSET, isValidCreditCode } from '@jiandu/contracts/codes';
import type { FormRule } from 'antd';
import { t } from './locale.ts';

/**
 * Form rules mirroring `OrgCreateSchema`, so a typo is caught before the request; the server
 * checks again with the same rules.
 */
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** 单位名称: required, 2–100 characters after trimming. */
export const nameRules: FormRule[] = [
  { required: true, whitespace: true, message: t('nameRequired') },
  {
    validator: async (_, value) => {
      const length = trimmed(value).length;
      if (length > 0 && length < 2) throw new Error(t('nameMin'));
      if (length > 100) throw new Error(t('nameMax'));
    },
  },
];

/** 简称: optional, at most 30 characters. */
export const shortNameRules: FormRule[] = [
  {
    validator: async (_, value) => {
      if (trimmed(value).length > 30) throw new Error(t('shortNameMax'));
    },
  },
];

/** 统一社会信用代码: optional; 18 characters of the allowed set with valid check characters. */
export const creditCodeRules: FormRule[] = [
  {
    validator: async (_, value) => {
      const code = trimmed(value).toUpperCase();
      if (!code) return;
      if (code.length !== 18) throw new Error(t('creditLength'));
      if ([...code].some((c) => !CREDIT_CODE_CHARSET.includes(c))) throw new Error(t('creditChars'));
      if (!isValidCreditCode(code)) throw new Error(t('creditInvalid'));
    },
  },
];
