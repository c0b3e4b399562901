/** Where a JSON text is broken, or where each entry of its list of records starts. */
export type JsonLocation = { ok: true; entryLines: number[] } | { ok: false; line: number; message: string };

/**
 * Checks JSON syntax and finds the line on which each entry of the record list starts: the root
 * array's elements, or those of the root object's `listKey` array. JSON.parse cannot do either: on
 * Node 20 many of its syntax errors carry no position, and it keeps no positions at all.
 */
export function locateJsonEntries(text: string, listKey: string): JsonLocation {
  let i = 0;
  let line = 1;
  const entryLines: number[] = [];

  class Broken extends Error {}
  const fail = (message: string): never => {
    throw new Broken(message);
  };
  const skipSpace = () => {
    while (i < text.length) {
      const ch = text[i];
      if (ch === '\n') line += 1;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      i += 1;
    }
  };
  const expect = (ch: string) => {
    skipSpace();
    if (text[i] !== ch) fail(text[i] === undefined ? `缺少 "${ch}"` : `此处应为 "${ch}", 实为 "${text[i]}"`);
    i += 1;
  };
  const string = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('字符串未结束');
      i += text[i] === '\\' ? 2 : 1;
    }
    if (text[i] !== '"') fail('字符串未结束');
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const scalar = () => {
    const match = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!match) fail(`无法识别的内容 "${text.slice(i, i + 10).split('\n')[0]}"`);
    i += match![0].length;
  };
  const value = (collect: 'root' | 'list' | 'none'): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') object(collect === 'root');
    else if (ch === '[') array(collect === 'root' || collect === 'list');
    else if (ch === '"') string();
    else if (ch === undefined) fail('内容不完整');
    else scalar();
  };
  const object = (isRoot: boolean) => {
    i += 1;
    skipSpace();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(`属性名须用双引号括起, 实为 "${text[i] ?? ''}"`);
      const key = string();
      expect(':');
      value(isRoot && key === listKey ? 'list' : 'none');
      skipSpace();
      if (text[i] === ',') i += 1;
      else if (text[i] === '}') {
        i += 1;
        return;
      } else fail(text[i] === undefined ? '缺少 "}"' : `此处应为 "," 或 "}", 实为 "${text[i]}"`);
    }
  };
  const array = (collect: boolean) => {
    i += 1;
    skipSpace();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === ']') fail('多余的逗号');
      if (collect) entryLines.push(line);
      value('none');
      skipSpace();
      if (text[i] === ',') i += 1;
      else if (text[i] === ']') {
        i += 1;
        return;
      } else fail(text[i] === undefined ? '缺少 "]"' : `此处应为 "," 或 "]", 实为 "${text[i]}"`);
    }
  };

  try {
    value('root');
    skipSpace();
    if (i < text.length) fail(`JSON 结束后还有多余内容 "${text.slice(i, i + 10)}"`);
    return { ok: true, entryLines };
  } catch (error) {
    if (error instanceof Broken) return { ok: false, line, message: error.message };
    throw error;
  }
}
