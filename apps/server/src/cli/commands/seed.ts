import { cliActor } from '../../platform/audit/audit.ts';
import { describeDemoLogins, seed } from '../../seed.ts';
import { type Command, EXIT, say } from '../command.ts';
import { withContext } from '../environment.ts';

/** `jiandu seed`: load what a fresh install needs and the demo data; safe to repeat. */
export const seedCommand: Command = {
  path: ['seed'],
  summary: '载入基础数据与演示数据, 已有的不改动 (可重复执行) / load base and demo data',
  usage: 'jiandu seed\n  DEMO_SEED=false 时只载入基础数据 (节假日安排、行政区划、内置角色)',
  run: () =>
    withContext(async (context) => {
      say('正在载入基础数据 …');
      const report = await seed(context, cliActor(), say);
      say(
        report.calendarYears.length
          ? `  节假日安排: 载入 ${report.calendarYears.length} 个年度 (${report.calendarYears[0]}–${report.calendarYears.at(-1)})`
          : '  节假日安排: 已存在, 未改动',
      );
      say(report.regions ? `  行政区划: 载入 ${report.regions} 条 (辽宁省)` : '  行政区划: 已存在, 未改动');
      say(report.roles ? `  内置角色: 创建 ${report.roles} 个` : '  内置角色: 已存在, 未改动');
      if (report.demo) for (const line of describeDemoLogins(report.demo)) say(line);
      else say('  演示数据: 组织机构已有数据或 DEMO_SEED=false, 未载入');
      return EXIT.ok;
    }),
};
