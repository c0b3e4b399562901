import { messages } from '../../lib/i18n.ts';

/** Strings of a case's warning tab (预警). */
export const t = messages({
  'zh-CN': {
    tab: '预警',
    openShort: '待处理 {n}',
    none: '此案件没有监督预警',
    more: '仅显示最近 {shown} 条, 共 {total} 条',
  },
  en: {
    tab: 'Warnings',
    openShort: '{n} open',
    none: 'No supervision warnings on this case',
    more: 'Showing the latest {shown} of {total}',
  },
});
