import { messages } from '../../lib/i18n.ts';

/** Strings of the workbench's card of supervision matters. */
export const t = messages({
  'zh-CN': {
    title: '监督事项',
    open: '进入监督事项',
    countOpen: '待指派',
    countRectifying: '整改中',
    countDueSoon: '临期',
    countOverdue: '逾期',
    countVerifying: '待核查',
    countObjections: '待复查',
  },
  en: {
    title: 'Supervision matters',
    open: 'Open matters',
    countOpen: 'To assign',
    countRectifying: 'Rectifying',
    countDueSoon: 'Due soon',
    countOverdue: 'Overdue',
    countVerifying: 'To verify',
    countObjections: 'To review',
  },
});
