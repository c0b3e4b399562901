import { describe, expect, it } from 'vitest';
import { type CalendarFileResult, parseCalendarFile } from './calendar-file.ts';

function csv(...lines: string[]): string {
  return lines.join('\n');
}

function expectOk(result: CalendarFileResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

function expectErrors(result: CalendarFileResult) {
  if (result.ok) throw new Error('expected errors, got ok');
  // A refused file carries nothing that could be loaded.
  expect(result).not.toHaveProperty('years');
  return result.errors;
}

/** The only error of a refused file. */
function onlyError(result: CalendarFileResult) {
  const errors = expectErrors(result);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

const HEADER = 'date,kind,name';

describe('parseCalendarFile: valid CSV', () => {
  it('reads an English-header file with one line per day', () => {
    const result = expectOk(
      parseCalendarFile(
        csv(
          HEADER,
          '2026-09-20,workday,国庆节',
          '2026-10-01,holiday,国庆节',
          '2026-10-02,holiday,国庆节',
          '2026-10-10,workday,国庆节',
          '',
        ),
        'csv',
      ),
    );
    expect(result.source).toBeNull();
    expect([...result.years.keys()]).toEqual([2026]);
    expect(result.years.get(2026)).toEqual([
      { date: '2026-09-20', kind: 'workday', name: '国庆节', line: 2 },
      { date: '2026-10-01', kind: 'holiday', name: '国庆节', line: 3 },
      { date: '2026-10-02', kind: 'holiday', name: '国庆节', line: 4 },
      { date: '2026-10-10', kind: 'workday', name: '国庆节', line: 5 },
    ]);
  });

  it('reads a Chinese header with the kind aliases 休/班/放假/上班', () => {
    const result = expectOk(
      parseCalendarFile(
        csv(
          '日期,类型,名称',
          '2026-02-14,班,春节',
          '2026-02-15,休,春节',
          '2026-02-16,放假,春节',
          '2026-02-28,上班,春节',
        ),
        'csv',
      ),
    );
    expect(result.years.get(2026)?.map((d) => [d.date, d.kind, d.line])).toEqual([
      ['2026-02-14', 'workday', 2],
      ['2026-02-15', 'holiday', 3],
      ['2026-02-16', 'holiday', 4],
      ['2026-02-28', 'workday', 5],
    ]);
  });

  it('accepts a BOM, CRLF line ends, spaces around cells, a capitalised header and blank lines', () => {
    const text = `\uFEFF Date , Kind , Name \r\n2026-01-01 , holiday , 元旦 \r\n\r\n2026-01-04,workday,元旦\r\n`;
    const result = expectOk(parseCalendarFile(text, 'csv'));
    expect(result.years.get(2026)).toEqual([
      { date: '2026-01-01', kind: 'holiday', name: '元旦', line: 2 },
      { date: '2026-01-04', kind: 'workday', name: '元旦', line: 4 },
    ]);
  });

  it('groups days by year', () => {
    const result = expectOk(
      parseCalendarFile(
        csv(HEADER, '2025-10-01,holiday,国庆节', '2026-01-01,holiday,元旦', '2025-10-11,workday,国庆节'),
        'csv',
      ),
    );
    expect([...result.years.keys()].sort()).toEqual([2025, 2026]);
    expect(result.years.get(2025)?.map((d) => d.line)).toEqual([2, 4]);
    expect(result.years.get(2026)?.map((d) => d.line)).toEqual([3]);
  });
});

describe('parseCalendarFile: valid JSON', () => {
  it('reads the object form with year and source, each day on the line its object opens', () => {
    const text = [
      '{',
      '  "year": 2026,',
      '  "source": " 国办发明电〔2025〕7号 ",',
      '  "days": [',
      '    { "date": "2026-10-01", "kind": "holiday", "name": "国庆节" },',
      '    {',
      '      "date": "2026-10-10",',
      '      "kind": "workday",',
      '      "name": "国庆节"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    const result = expectOk(parseCalendarFile(text, 'json'));
    expect(result.source).toBe('国办发明电〔2025〕7号');
    expect(result.years.get(2026)).toEqual([
      { date: '2026-10-01', kind: 'holiday', name: '国庆节', line: 5 },
      { date: '2026-10-10', kind: 'workday', name: '国庆节', line: 6 },
    ]);
  });

  it('reads the bare-array form, without a source', () => {
    const text = JSON.stringify([
      { date: '2026-01-01', kind: 'holiday', name: '元旦' },
      { date: '2026-01-04', kind: '班', name: '元旦' },
    ]);
    const result = expectOk(parseCalendarFile(text, 'json'));
    expect(result.source).toBeNull();
    expect(result.years.get(2026)).toEqual([
      { date: '2026-01-01', kind: 'holiday', name: '元旦', line: 1 },
      { date: '2026-01-04', kind: 'workday', name: '元旦', line: 1 },
    ]);
  });

  it('treats a blank source as none', () => {
    const text = JSON.stringify({
      source: '  ',
      days: [{ date: '2026-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(expectOk(parseCalendarFile(text, 'json')).source).toBeNull();
  });

  it('is not misled by braces, brackets and escaped quotes inside strings', () => {
    const text = [
      '{',
      '  "source": "[{ \\"quoted\\" {",',
      '  "days": [',
      '    { "date": "2026-10-01", "kind": "holiday", "name": "国庆节[{" },',
      '    { "date": "2026-10-0x", "kind": "holiday", "name": "国庆节\\"}]" }',
      '  ]',
      '}',
    ].join('\n');
    expect(onlyError(parseCalendarFile(text, 'json')).line).toBe(5);
  });
});

describe('parseCalendarFile: CSV errors', () => {
  it('reports a bad date on its line (line 3)', () => {
    const error = onlyError(
      parseCalendarFile(csv(HEADER, '2026-10-01,holiday,国庆节', '2026-02-30,holiday,国庆节'), 'csv'),
    );
    expect(error.line).toBe(3);
    expect(error.message).toContain('日期格式错误');
    expect(error.message).toContain('2026-02-30');
  });

  it.each(['2026/10/02', '26-10-02', '2026-1-2', '2026-13-01', ''])('rejects the date %j', (date) => {
    const error = onlyError(
      parseCalendarFile(csv(HEADER, '2026-10-01,holiday,国庆节', `${date},holiday,国庆节`), 'csv'),
    );
    expect(error).toMatchObject({ line: 3, message: expect.stringContaining('日期格式错误') });
  });

  it('reports a wrong column count on its line', () => {
    const errors = expectErrors(
      parseCalendarFile(
        csv(HEADER, '2026-10-01,holiday,国庆节', '2026-10-02,holiday', '2026-10-03,holiday,国庆节,extra'),
        'csv',
      ),
    );
    expect(errors).toEqual([
      { line: 3, message: expect.stringContaining('实有2列') },
      { line: 4, message: expect.stringContaining('实有4列') },
    ]);
  });

  it('reports a bad kind on its line', () => {
    const error = onlyError(
      parseCalendarFile(csv(HEADER, '2026-10-01,holiday,国庆节', '2026-10-02,vacation,国庆节'), 'csv'),
    );
    expect(error.line).toBe(3);
    expect(error.message).toContain('类型错误');
    expect(error.message).toContain('vacation');
  });

  // Names inherited from Object.prototype must not pass as kinds (a plain-object lookup would let them).
  it.each(['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'rejects the Object.prototype key %j as a kind',
    (kind) => {
      const error = onlyError(
        parseCalendarFile(csv(HEADER, '2026-10-01,holiday,国庆节', `2026-10-02,${kind},国庆节`), 'csv'),
      );
      expect(error.line).toBe(3);
      expect(error.message).toContain('类型错误');
    },
  );

  it('reports a duplicate date on the later line, naming the first', () => {
    const error = onlyError(
      parseCalendarFile(
        csv(HEADER, '2026-10-01,holiday,国庆节', '2026-10-02,holiday,国庆节', '2026-10-01,holiday,国庆节'),
        'csv',
      ),
    );
    expect(error.line).toBe(4);
    expect(error.message).toContain('重复');
    expect(error.message).toContain('第2行');
  });

  it('rejects a make-up working day that is not a Saturday or Sunday', () => {
    const error = onlyError(
      parseCalendarFile(csv(HEADER, '2026-10-01,holiday,国庆节', '2026-10-09,workday,国庆节'), 'csv'),
    );
    expect(error.line).toBe(3);
    expect(error.message).toContain('不是周六或周日');
  });

  it('accepts a holiday on any day of the week', () => {
    // 2026-10-01 is a Thursday, 10-03 a Saturday, 10-04 a Sunday.
    expectOk(
      parseCalendarFile(
        csv(HEADER, '2026-10-01,holiday,国庆节', '2026-10-03,休,国庆节', '2026-10-04,休,国庆节'),
        'csv',
      ),
    );
  });

  it('rejects an empty or overlong name', () => {
    const errors = expectErrors(
      parseCalendarFile(
        csv(
          HEADER,
          '2026-10-01,holiday,国庆节',
          '2026-10-02,holiday,',
          `2026-10-03,holiday,${'节'.repeat(41)}`,
        ),
        'csv',
      ),
    );
    expect(errors).toEqual([
      { line: 3, message: '名称不能为空' },
      { line: 4, message: expect.stringContaining('名称过长') },
    ]);
  });

  it('rejects a year with no holiday, on the line of its first day', () => {
    const error = onlyError(
      parseCalendarFile(
        csv(HEADER, '2026-10-01,holiday,国庆节', '2027-01-02,workday,元旦', '2027-01-03,workday,元旦'),
        'csv',
      ),
    );
    expect(error.line).toBe(3);
    expect(error.message).toContain('2027年没有任何放假日期');
  });

  it('rejects a year outside 2000–2100', () => {
    const error = onlyError(
      parseCalendarFile(csv(HEADER, '2026-10-01,holiday,国庆节', '1999-10-01,holiday,国庆节'), 'csv'),
    );
    expect(error).toMatchObject({ line: 3, message: expect.stringContaining('年份超出范围') });
  });

  it('rejects a missing or wrong header on line 1', () => {
    expect(onlyError(parseCalendarFile(csv('2026-10-01,holiday,国庆节'), 'csv')).line).toBe(1);
    expect(onlyError(parseCalendarFile(csv('date,name,kind', '2026-10-01,holiday,国庆节'), 'csv')).line).toBe(
      1,
    );
  });

  it('rejects an empty file', () => {
    expect(onlyError(parseCalendarFile('', 'csv')).line).toBe(1);
    expect(onlyError(parseCalendarFile('\n\n', 'csv')).line).toBe(1);
    expect(onlyError(parseCalendarFile(csv(HEADER, ''), 'csv'))).toEqual({
      line: 1,
      message: '文件中没有任何日期',
    });
    expect(onlyError(parseCalendarFile(csv(HEADER, '', '  '), 'csv'))).toEqual({
      line: 1,
      message: '文件中没有任何日期',
    });
  });

  it('refuses the whole file when a single line among good ones is bad', () => {
    const lines = [HEADER];
    for (let d = 1; d <= 7; d++) lines.push(`2026-10-0${d},holiday,国庆节`);
    lines.push('2026-10-10,workday,国庆节');
    expectOk(parseCalendarFile(csv(...lines), 'csv'));
    lines.splice(5, 0, '2026-10-08,holiday');
    expect(expectErrors(parseCalendarFile(csv(...lines), 'csv'))).toEqual([
      { line: 6, message: expect.any(String) },
    ]);
  });

  it('reports every problem, in line order', () => {
    const errors = expectErrors(
      parseCalendarFile(
        csv(
          HEADER,
          '2026-10-01,holiday,国庆节',
          '2026-10-09,workday,国庆节',
          '2026-10-01,holiday,国庆节',
          '2026-10-02,bad,',
          'nope,holiday,x',
        ),
        'csv',
      ),
    );
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(errors[2]?.message).toContain('类型错误');
    expect(errors[2]?.message).toContain('名称不能为空');
  });
});

describe('parseCalendarFile: JSON errors', () => {
  it('reports the line of a syntax error (missing comma between entries)', () => {
    const text = [
      '[',
      '  { "date": "2026-10-01", "kind": "holiday", "name": "国庆节" }',
      '  { "date": "2026-10-02", "kind": "holiday", "name": "国庆节" }',
      ']',
    ].join('\n');
    const error = onlyError(parseCalendarFile(text, 'json'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('JSON格式错误');
  });

  it('reports the line of a syntax error (unquoted key)', () => {
    const text = [
      '[',
      '  { "date": "2026-10-01", "kind": "holiday", "name": "国庆节" },',
      '  { date: "2026-10-02" }',
      ']',
    ].join('\n');
    expect(onlyError(parseCalendarFile(text, 'json')).line).toBe(3);
  });

  // Node 20 words the common syntax errors (trailing comma, bare word) without a position, so the
  // line must be found by the parser's own scan, not read from JSON.parse's message.
  it.each([
    ['a trailing comma', '  { "date": "2026-10-02", "kind": "holiday", "name": "国庆节" },', 4],
    ['an unquoted value', '  { "date": "2026-10-02", "kind": "holiday", "name": 国庆节 }', 3],
    ['a missing value', '  { "date": "2026-10-02", "kind": , "name": "国庆节" }', 3],
  ])('reports the line of a syntax error (%s)', (_label, third, line) => {
    const text = ['[', '  { "date": "2026-10-01", "kind": "holiday", "name": "国庆节" },', third, ']'].join(
      '\n',
    );
    expect(onlyError(parseCalendarFile(text, 'json')).line).toBe(line);
  });

  it('reports a bad date on the line where its entry opens in a pretty-printed file', () => {
    const text = JSON.stringify(
      {
        year: 2026,
        source: '国办发明电〔2025〕7号',
        days: [
          { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
          { date: '2026-10-32', kind: 'holiday', name: '国庆节' },
          { date: '2026-10-10', kind: 'workday', name: '国庆节' },
        ],
      },
      null,
      2,
    );
    const lines = text.split('\n');
    // Lines 5–9 hold the first entry, line 10 opens the second: "    {".
    expect(lines[9]).toBe('    {');
    expect(lines[10]).toContain('2026-10-32');
    const error = onlyError(parseCalendarFile(text, 'json'));
    expect(error.line).toBe(10);
    expect(error.message).toContain('2026-10-32');
  });

  it('reports a date outside the declared year on its entry line', () => {
    const text = [
      '{',
      '  "year": 2026,',
      '  "days": [',
      '    { "date": "2026-01-01", "kind": "holiday", "name": "元旦" },',
      '    { "date": "2025-12-31", "kind": "holiday", "name": "元旦" }',
      '  ]',
      '}',
    ].join('\n');
    const error = onlyError(parseCalendarFile(text, 'json'));
    expect(error.line).toBe(5);
    expect(error.message).toContain('不属于文件声明的2026年');
  });

  it.each([['"2026"'], ['2026.5'], ['1999'], ['2101']])('rejects the declared year %s on line 1', (year) => {
    const text = `{\n  "year": ${year},\n  "days": [\n    { "date": "2026-01-01", "kind": "holiday", "name": "元旦" }\n  ]\n}`;
    const error = onlyError(parseCalendarFile(text, 'json'));
    expect(error).toMatchObject({ line: 1, message: expect.stringContaining('"year"') });
  });

  it('rejects a year with no holiday', () => {
    const text = [
      '{',
      '  "year": 2026,',
      '  "days": [',
      '    { "date": "2026-01-04", "kind": "workday", "name": "元旦" },',
      '    { "date": "2026-02-14", "kind": "workday", "name": "春节" }',
      '  ]',
      '}',
    ].join('\n');
    const error = onlyError(parseCalendarFile(text, 'json'));
    expect(error.line).toBe(4);
    expect(error.message).toContain('2026年没有任何放假日期');
  });

  it('rejects entries with missing or mistyped fields', () => {
    const text = [
      '[',
      '  { "date": "2026-10-01", "kind": "holiday", "name": "国庆节" },',
      '  { "date": 20261002, "kind": "holiday", "name": "国庆节" },',
      '  { "date": "2026-10-03", "name": "国庆节" },',
      '  { "date": "2026-10-04", "kind": "holiday", "name": 7 }',
      ']',
    ].join('\n');
    const errors = expectErrors(parseCalendarFile(text, 'json'));
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(errors[0]?.message).toContain('日期格式错误');
    expect(errors[1]?.message).toContain('类型错误');
    expect(errors[2]?.message).toContain('名称不能为空');
  });

  it('rejects JSON that is neither an array nor an object with "days"', () => {
    for (const text of ['{"year": 2026}', '"2026-01-01"', '42', 'null', '{"days": {}}']) {
      expect(onlyError(parseCalendarFile(text, 'json')).line).toBe(1);
    }
  });

  it('rejects an empty file', () => {
    expect(onlyError(parseCalendarFile('', 'json'))).toMatchObject({
      line: 1,
      message: expect.stringContaining('JSON格式错误'),
    });
    expect(onlyError(parseCalendarFile('[]', 'json'))).toEqual({ line: 1, message: '文件中没有任何日期' });
    expect(onlyError(parseCalendarFile('{ "year": 2026, "days": [] }', 'json'))).toEqual({
      line: 1,
      message: '文件中没有任何日期',
    });
  });

  it('refuses the whole file when one entry is bad', () => {
    const days = [
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-02', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-09', kind: 'workday', name: '国庆节' },
    ];
    const result = parseCalendarFile(JSON.stringify({ days }, null, 2), 'json');
    expect(result.ok).toBe(false);
    expect(expectErrors(result)).toEqual([{ line: 13, message: expect.stringContaining('不是周六或周日') }]);
  });

  // Lines belong to the elements of the "days" array itself, whatever else the file holds.
  it('reports non-object entries and the entries after them on their own lines', () => {
    const text = [
      '[',
      '  "2026-10-01",',
      '  { "date": "2026-10-0x", "kind": "holiday", "name": "国庆节" }',
      ']',
    ].join('\n');
    expect(expectErrors(parseCalendarFile(text, 'json')).map((e) => e.line)).toEqual([2, 3]);
  });

  it('ignores objects in arrays outside "days" when numbering entries', () => {
    const text = [
      '{',
      '  "notes": [{ "text": "附件" }],',
      '  "days": [',
      '    { "date": "2026-10-01", "kind": "holiday", "name": "国庆节" },',
      '    { "date": "2026-10-0x", "kind": "holiday", "name": "国庆节" }',
      '  ]',
      '}',
    ].join('\n');
    expect(onlyError(parseCalendarFile(text, 'json')).line).toBe(5);
  });
});
