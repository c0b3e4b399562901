import { messages } from '../../lib/i18n.ts';

/** The org picker's own strings. */
export const t = messages({
  'zh-CN': {
    orgPlaceholder: '输入单位名称检索',
  },
  en: {
    orgPlaceholder: 'Type to search organisations',
  },
});
