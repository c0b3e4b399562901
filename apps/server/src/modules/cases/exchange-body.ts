import { StringDecoder } from 'node:string_decoder';
import { EXCHANGE_LIMITS } from '@jiandu/contracts/case-labels';
import { AppError } from '../../platform/errors.ts';

/** One record's text as it came, with its 1-based position: the line (NDJSON) or element (array). */
export interface BodyItem {
  line: number;
  text: string;
}

/** The limits of one request; tests lower them. */
export interface BodyLimits {
  records: number;
  bytes: number;
}

/** The spec's limits: 10,000 records or 50 MB. */
export const SPEC_LIMITS: BodyLimits = { records: EXCHANGE_LIMITS.records, bytes: EXCHANGE_LIMITS.bytes };

/** The 413 answer, saying the limits and how far the request got. */
export function tooLarge(limits: BodyLimits, processed: number): AppError {
  const mb = Math.round(limits.bytes / 1024 / 1024);
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `单次请求最多 ${limits.records.toLocaleString('en-US')} 条记录或 ${mb} MB; 请拆分后分批发送` +
      (processed ? ` (已处理前 ${processed} 条, 重发整批不会重复保存)` : ''),
    { limits: { records: limits.records, bytes: limits.bytes }, processed },
  );
}

async function* decoded(body: AsyncIterable<Buffer | string>, limits: BodyLimits, count: () => number) {
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > limits.bytes) throw tooLarge(limits, count());
    yield decoder.write(buffer);
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/**
 * Splits an NDJSON body into records without holding the body: one record per non-blank line,
 * numbered by its line in the request. Past the limits it throws 413.
 */
export async function* ndjsonItems(body: AsyncIterable<Buffer | string>, limits: BodyLimits) {
  let line = 0;
  let records = 0;
  let rest = '';
  const emit = (text: string): BodyItem | null => {
    line += 1;
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (!trimmed.trim()) return null;
    records += 1;
    if (records > limits.records) throw tooLarge(limits, records - 1);
    return { line, text: trimmed };
  };
  for await (const text of decoded(body, limits, () => records)) {
    rest += text;
    let start = 0;
    let newline = rest.indexOf('\n', start);
    while (newline !== -1) {
      const item = emit(rest.slice(start, newline));
      if (item) yield item;
      start = newline + 1;
      newline = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
  }
  if (rest) {
    const item = emit(rest);
    if (item) yield item;
  }
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * Splits a JSON array body into its elements without holding the body, numbering them from 1. A
 * single object is taken as a batch of one. An element that is not valid JSON comes out as text all
 * the same, so it is rejected on its own while the others are stored.
 */
export async function* jsonArrayItems(body: AsyncIterable<Buffer | string>, limits: BodyLimits) {
  type State = 'start' | 'element-or-end' | 'element' | 'done' | 'single';
  let state: State = 'start';
  let buffer = '';
  let start = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let index = 0;
  const next = (text: string): BodyItem => {
    index += 1;
    if (index > limits.records) throw tooLarge(limits, index - 1);
    return { line: index, text };
  };
  for await (const text of decoded(body, limits, () => index)) {
    buffer = state === 'element' || state === 'single' ? buffer.slice(start) + text : text;
    let pos = state === 'element' || state === 'single' ? buffer.length - text.length : 0;
    if (state === 'element' || state === 'single') start = 0;
    for (; pos < buffer.length; pos += 1) {
      const code = buffer.charCodeAt(pos);
      if (state === 'element' || state === 'single') {
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) inString = false;
          continue;
        }
        if (code === QUOTE) inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
        else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) depth -= 1;
        else if (state === 'element' && depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
          yield next(buffer.slice(start, pos).trim());
          state = code === COMMA ? 'element-or-end' : 'done';
        }
        continue;
      }
      if (isSpace(code)) continue;
      if (state === 'start') {
        if (code === OPEN_BRACKET) state = 'element-or-end';
        else {
          state = 'single';
          start = pos;
          pos -= 1;
        }
      } else if (state === 'element-or-end') {
        if (code === CLOSE_BRACKET && index === 0) state = 'done';
        else {
          state = 'element';
          start = pos;
          depth = 0;
          pos -= 1;
        }
      } else {
        throw new AppError(
          'VALIDATION_FAILED',
          `JSON 请求体格式错误: 数组结束后还有内容 (第 ${index} 条之后)`,
        );
      }
    }
  }
  if (state === 'element' || state === 'single') {
    const text = buffer.slice(start).trim();
    if (text) yield next(text);
  }
}
