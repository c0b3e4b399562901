import { cliActor } from '../../platform/audit/audit.ts';
import { seed } from '../../seed.ts';
import { type Command, EXIT, say } from '../command.ts';
import { withContext } from '../environment.ts';

/** `jiandu seed`: load what a fresh install needs and the demo data; safe to repeat. */
export const seedCommand: Command = {
  path: ['seed'],
  summary: '载入基础数据与演示数据, 已有的不改动 (可重复执行) / load base and demo data',
  usage: 'jiandu seed',
  run: () =>
    withContext(async (context) => {
      say('正在载入基础数据 …');
      const report = await seed(context, cliActor());
      say(
        report.calendarYears.length
          ? `  节假日安排: 载入 ${report.calendarYears.length} 个年度 (${report.calendarYears[0]}–${report.calendarYears.at(-1)})`
          : '  节假日安排: 已存在, 未改动',
      );
      return EXIT.ok;
    }),
};
