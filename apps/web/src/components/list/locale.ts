import { messages } from '../../lib/i18n.ts';

/** Strings every paged list shares: its toolbar's buttons and its load error. */
export const t = messages({
  'zh-CN': {
    reset: '重置',
    export: '导出',
    loadFailed: '加载失败',
    retry: '重试',
  },
  en: {
    reset: 'Reset',
    export: 'Export',
    loadFailed: 'Could not load',
    retry: 'Retry',
  },
});
