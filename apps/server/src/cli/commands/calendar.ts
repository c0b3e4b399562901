import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cliActor } from '../../platform/audit/audit.ts';
import { parseCalendarFile } from '../../platform/calendar/calendar-file.ts';
import { type Command, complain, EXIT, say, UsageError } from '../command.ts';
import { withContext } from '../environment.ts';

/** `jiandu calendar load FILE`: load a year's official schedule from JSON or CSV. */
export const calendarLoadCommand: Command = {
  path: ['calendar', 'load'],
  summary: '导入节假日安排 (JSON 或 CSV) / load a holiday schedule',
  usage: [
    'jiandu calendar load FILE [--format json|csv] [--source 文号]',
    '  FILE      JSON: {"year":2027,"source":"…","days":[{"date":"2027-01-01","kind":"holiday","name":"元旦"}]}',
    '            CSV : 首行 date,kind,name (或 日期,类型,名称); kind 为 holiday/休 或 workday/班',
    '  --format  文件格式, 默认按扩展名判断',
    '  --source  来源 (如通知文号), 记录在年度信息与审计日志中',
    '文件中出现的每个年度整体替换; 任何一行有误则全部不导入, 并逐行报告错误。',
  ].join('\n'),
  options: { format: { type: 'string' }, source: { type: 'string' } },
  allowPositionals: true,
  run: async ({ values, positionals }) => {
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new UsageError('须指定且只能指定一个文件');
    const format = (values.format as string | undefined) ?? path.extname(file).slice(1).toLowerCase();
    if (format !== 'json' && format !== 'csv')
      throw new UsageError(`无法识别的文件格式: ${format || '(无扩展名)'}, 请用 --format json|csv`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      complain(`无法读取文件 ${file}: ${(error as Error).message}`);
      return EXIT.usage;
    }
    const parsed = parseCalendarFile(text, format);
    if (!parsed.ok) {
      complain(`文件 ${file} 有 ${parsed.errors.length} 处错误, 未导入任何数据:`);
      for (const error of parsed.errors) complain(`  第${error.line}行: ${error.message}`);
      return EXIT.usage;
    }
    const source = (values.source as string | undefined) ?? parsed.source ?? path.basename(file);
    return withContext(async (context) => {
      const summaries = await context.calendar.loadYears(parsed.years, source, cliActor());
      for (const s of summaries) {
        say(
          `${s.year}年: ${s.replaced ? '已替换' : '已导入'}, 放假 ${s.holidays} 天, 调休上班 ${s.workdays} 天 (来源: ${source})`,
        );
      }
      return EXIT.ok;
    });
  },
};

/** `jiandu calendar years`: which years are loaded, and from where. */
export const calendarYearsCommand: Command = {
  path: ['calendar', 'years'],
  summary: '列出已导入的年度 / list loaded years',
  usage: 'jiandu calendar years',
  run: () =>
    withContext(async (context) => {
      const years = await context.calendar.years();
      if (!years.length) say('尚未导入任何年度的节假日安排');
      for (const y of years)
        say(
          `${y.year}  ${String(y.day_count).padStart(3)} 天  ${y.source}  (${y.loaded_by}, ${y.loaded_at})`,
        );
      return EXIT.ok;
    }),
};
