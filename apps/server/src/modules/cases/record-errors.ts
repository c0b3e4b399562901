import { REJECTION_CODES, type RejectionCode } from '@jiandu/contracts/case-labels';
import type { RecordError } from '@jiandu/contracts/exchange';
import type { z } from 'zod';

/** Chinese names of the record's fields, for messages that say which field is wrong. */
const FIELD_LABELS: Record<string, string> = {
  externalId: '案件编号',
  version: '版本号',
  agencyCreditCode: '执法主体统一社会信用代码',
  itemCode: '执法事项编码',
  kind: '执法行为类别',
  procedure: '程序',
  title: '案由',
  party: '当事人',
  type: '类型',
  name: '名称',
  idNumber: '身份证号码',
  creditCode: '统一社会信用代码',
  birthDate: '出生日期',
  violationEndedAt: '违法行为终了日期',
  officers: '执法人员',
  major: '重大执法决定',
  hearingEligible: '是否应告知听证权利',
  events: '办案环节',
  at: '日期',
  reviewer: '审核人员',
  opinion: '审核意见',
  days: '延长天数',
  url: '公示网址',
  note: '说明',
  decision: '决定',
  penalties: '处罚内容',
  amount: '金额',
  circumstance: '情节',
  evidence: '证据',
  sha256: 'SHA-256',
  capturedAt: '采集时间',
};

/** `events[0].at` from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function labelOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const part = path[i];
    if (typeof part === 'string') return FIELD_LABELS[part] ?? part;
  }
  return '记录';
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
};

/** One zod issue as the spec's `{ path, code, message }`, with a Chinese message naming the field. */
function toRecordError(issue: z.core.$ZodIssue): RecordError {
  const path = formatPath(issue.path);
  const label = labelOf(issue.path);
  const at = path ? ` (${path})` : '';
  const make = (code: RejectionCode, message: string): RecordError => ({ path, code, message });
  switch (issue.code) {
    case 'custom': {
      const code = (issue.params?.code as RejectionCode | undefined) ?? 'INVALID_VALUE';
      return make(code in REJECTION_CODES ? code : 'INVALID_VALUE', issue.message);
    }
    case 'invalid_type':
      if (issue.input === undefined) return make('REQUIRED', `缺少必填字段: ${label}${at}`);
      return make('INVALID_TYPE', `${label}${at} 应为${TYPE_NAMES[issue.expected] ?? issue.expected}`);
    case 'too_big':
      if (issue.origin === 'array') return make('TOO_MANY', `${label}${at} 最多 ${issue.maximum} 项`);
      if (issue.origin === 'string') return make('TOO_LONG', `${label}${at} 最多 ${issue.maximum} 个字符`);
      return make('INVALID_VALUE', `${label}${at} 不得大于 ${issue.maximum}`);
    case 'too_small':
      if (issue.origin === 'array') return make('TOO_SHORT', `${label}${at} 至少 ${issue.minimum} 项`);
      if (issue.origin === 'string') return make('TOO_SHORT', `${label}${at} 不能为空`);
      return make('INVALID_VALUE', `${label}${at} 不得小于 ${issue.minimum}`);
    case 'invalid_value':
      return make(
        'INVALID_VALUE',
        `${label}${at} 取值无效: ${shown(issue.input)}; 可选值: ${issue.values.map(String).join(', ')}`,
      );
    case 'invalid_union':
      return make('INVALID_VALUE', `${label}${at} 格式不符: 当事人类型须为 person 或 organization`);
    default:
      return make('INVALID_VALUE', `${label}${at} 不合法: ${issue.message}`);
  }
}

/** The rejection reasons of a record that failed validation, in the order zod found them. */
export function recordErrors(error: z.ZodError): RecordError[] {
  return error.issues.map(toRecordError);
}

/** A rejection reason the schema cannot see (agency, scope, version), with the catalogue's text. */
export function recordError(code: RejectionCode, path: string, message?: string): RecordError {
  return { path, code, message: message ?? REJECTION_CODES[code] };
}
