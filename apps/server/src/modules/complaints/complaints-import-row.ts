import type { ComplaintCategory, HotlineOrderType } from '@jiandu/contracts/complaint-labels';
import { ComplaintEntrySchema } from '@jiandu/contracts/complaints';
import { isValidDate } from '../../platform/calendar/dates.ts';
import { cellOf } from '../../platform/files/import-table.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';
import { type HotlineColumn, hotlineCategory } from './complaints-import.ts';

/** A work order read and checked on its own (no database yet). */
export interface HotlineOrderRow {
  row: number;
  orderNumber: string;
  receivedOn: string;
  anonymous: boolean;
  confidential: boolean;
  complainant: { name: string; phone: string } | undefined;
  category: ComplaintCategory;
  title: string;
  content: string;
  agencyName: string;
  officerName: string | undefined;
  dueOn: string | null;
  orderType: HotlineOrderType;
}

/** Where the entry form's checks land in the sheet. */
const COLUMN_OF_PATH: Record<string, string> = {
  complainant: '来电人/联系电话',
  'complainant.name': '来电人',
  'complainant.phone': '联系电话',
  title: '诉求标题',
  content: '诉求内容',
  'target.agencyName': '涉及单位',
  'target.officerName': '涉及人员',
};

/** A day from "2026-11-20 09:31:05", "2026/11/20 9:31", "2026年11月20日" and the like; null when none. */
export function dayOf(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidDate(day) ? day : null;
}

/** 是 / 否 as 12345 exports write them (匿名, 保密, Y/N, 1/0); empty is 否; undefined when unreadable. */
function flag(text: string, yes: string): boolean | undefined {
  if (['', '否', '不', `不${yes}`, `非${yes}`, 'N', 'n', '0', 'false'].includes(text)) return false;
  if (['是', yes, 'Y', 'y', '1', 'true'].includes(text)) return true;
  return undefined;
}

/** A title from the content's start when the order has none (the form asks for 4 to 60 characters). */
function titleFrom(content: string): string {
  const first = content.split(/[。！？!?\n]/)[0]!.trim();
  return first.length > 30 ? `${first.slice(0, 29)}…` : first.padEnd(4, '…');
}

/** The order's type: its 工单类型 when given, else 举报 when that is its 诉求类别, else 投诉; null when unreadable. */
function hotlineOrderType(type: string, category: string): HotlineOrderType | null {
  if (type === '投诉' || type === '投诉类') return 'complaint';
  if (type === '举报' || type === '举报类') return 'report';
  if (type) return null;
  return category === '举报' ? 'report' : 'complaint';
}

/** Reads one work order; every problem is a Chinese message naming its column. */
export function parseHotlineRow(
  row: TableRow,
  today: string,
): { order: HotlineOrderRow | null; messages: string[] } {
  const messages: string[] = [];
  const cell = (column: HotlineColumn) => cellOf(row, column);
  const orderNumber = cell('工单编号*');
  if (!orderNumber) messages.push('工单编号不能为空');
  else if (orderNumber.length > 60 || /\s/.test(orderNumber))
    messages.push('工单编号不超过60个字符且不含空格');
  const calledAt = cell('来电时间*');
  const receivedOn = dayOf(calledAt);
  if (!receivedOn) messages.push(`来电时间无效: ${calledAt || '(空)'}, 格式应为 YYYY-MM-DD HH:mm:ss`);
  else if (receivedOn > today) messages.push(`来电时间不能晚于今天: ${calledAt}`);
  const dueText = cell('承办时限');
  const dueOn = dueText ? dayOf(dueText) : null;
  if (dueText && !dueOn) messages.push(`承办时限无效: ${dueText}, 格式应为 YYYY-MM-DD`);
  else if (dueOn && receivedOn && dueOn < receivedOn) messages.push('承办时限不能早于来电时间');
  const anonymous = flag(cell('是否匿名'), '匿名');
  const confidential = flag(cell('是否保密'), '保密');
  if (anonymous === undefined) messages.push('是否匿名应填"是"或"否"');
  if (confidential === undefined) messages.push('是否保密应填"是"或"否"');
  const category = hotlineCategory(cell('诉求类别'));
  const typeText = cell('工单类型');
  const orderType = hotlineOrderType(typeText, cell('诉求类别'));
  if (!orderType) messages.push(`工单类型应为"投诉"或"举报": ${typeText}`);
  if ('message' in category) messages.push(category.message);
  const content = cell('诉求内容*');
  const name = cell('来电人');
  const phone = cell('联系电话');
  const entry = {
    channel: 'phone',
    anonymous: anonymous ?? false,
    confidential: confidential ?? false,
    complainant: anonymous || (!name && !phone) ? undefined : { name, phone },
    regionCode: '000000',
    target: { agencyName: cell('涉及单位*'), officerName: cell('涉及人员') || undefined },
    category: 'other',
    title: cell('诉求标题') || titleFrom(content),
    content,
  };
  if (!entry.target.agencyName) messages.push('涉及单位不能为空');
  const checked = ComplaintEntrySchema.safeParse(entry);
  if (!checked.success)
    for (const issue of checked.error.issues) {
      const path = issue.path.join('.');
      // An empty 涉及单位 is said above; the form's "name a target" rule would say it again.
      if (path === 'target') continue;
      const column = COLUMN_OF_PATH[path];
      messages.push(column ? `${column}: ${issue.message}` : issue.message);
    }
  if (messages.length || !checked.success || !receivedOn || !orderType || 'message' in category)
    return { order: null, messages };
  const data = checked.data;
  return {
    order: {
      row: row.row,
      orderNumber,
      receivedOn,
      anonymous: data.anonymous,
      confidential: data.confidential,
      complainant: data.complainant && { name: data.complainant.name, phone: data.complainant.phone },
      category: category.category,
      title: data.title,
      content: data.content,
      agencyName: entry.target.agencyName,
      officerName: data.target.officerName,
      dueOn,
      orderType,
    },
    messages,
  };
}
