// Scenario: import 5,000 officers, each with a certificate, from an xlsx file — the way
// POST /api/officers/import does (read the workbook, check every row, save in batches). It runs in
// a process of its own so the peak memory it reports is its own. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { makeResidentId } from '@jiandu/contracts/codes';
import { createContext } from '@jiandu/server/src/context.ts';
import { demoActor } from '@jiandu/server/src/demo/demo-actor.ts';
import { IMPORT_COLUMNS, readUpload } from '@jiandu/server/src/modules/officers/officers-import.ts';
import { SYSTEM_ACTOR } from '@jiandu/server/src/platform/audit/audit.ts';
import { loadConfig } from '@jiandu/server/src/platform/config.ts';
import { buildXlsx, XLSX_TYPE } from '@jiandu/server/src/platform/files/xlsx.ts';
import { createLogger } from '@jiandu/server/src/platform/logger.ts';
import { seed } from '@jiandu/server/src/seed.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);
const MB = 1024 * 1024;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞芳娜敏静丽艳娟霞燕玲婷雪慧颖'];
const COUNTIES = [
  '210102',
  '210103',
  '210106',
  '210202',
  '210203',
  '210302',
  '210402',
  '210502',
  '210602',
  '211402',
];

/** A workbook in the template's layout: valid ID numbers, a certificate on every row. */
async function workbook(agencies: string[]): Promise<Buffer> {
  const run = randomBytes(3).toString('hex').toUpperCase();
  const used = new Set<string>();
  const rows: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    let id = '';
    do {
      const birth = `${1968 + (i % 33)}${String(1 + ((i * 7) % 12)).padStart(2, '0')}${String(1 + ((i * 13 + used.size) % 28)).padStart(2, '0')}`;
      const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
      id = makeResidentId(`${COUNTIES[i % COUNTIES.length]}${birth}${seq}`);
    } while (used.has(id));
    used.add(id);
    rows.push([
      agencies[i % agencies.length]!,
      '',
      `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 11) % GIVEN.length]}`,
      id,
      `139${String(10_000_000 + i).padStart(8, '0')}`,
      i % 20 === 0 ? '法制科科员' : '执法大队队员',
      i % 4 === 0 ? '事业编制' : '公务员',
      '市场监管、其他',
      i % 20 === 0 ? '是' : '否',
      i % 20 === 0 ? '是' : '否',
      `B${run}${String(i).padStart(6, '0')}`,
      '行政执法证',
      '沈阳市人民政府',
      `202${3 + (i % 3)}-0${1 + (i % 9)}-15`,
      `203${i % 2}-0${1 + (i % 9)}-14`,
    ]);
  }
  return buildXlsx(
    '执法人员导入',
    IMPORT_COLUMNS.map((header, i) => ({ header, value: (row: string[]) => row[i] ?? '' })),
    rows,
  );
}

/** The scenario itself, in this process. */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${process.argv[2] ?? '.'}/import.sqlite`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'true',
    DEMO_DATA: 'base',
  });
  const context = await createContext(config, createLogger('silent'), { migrate: true });
  try {
    await seed(context, SYSTEM_ACTOR);
    const agencies = (
      await context.database.db
        .selectFrom('org')
        .select('credit_code')
        .where('kind', 'in', ['agency', 'township_government'])
        .where('credit_code', 'is not', null)
        .orderBy('path')
        .execute()
    ).map((o) => o.credit_code!);
    const file = await workbook(agencies);
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    const sample = () => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    };
    const sampler = setInterval(sample, 5);
    const t0 = performance.now();
    const rows = await readUpload(file, XLSX_TYPE);
    sample();
    const t1 = performance.now();
    const result = await context.services.officers.import(demoActor('', '', '性能测试', 'bench'), rows);
    sample();
    const t2 = performance.now();
    clearInterval(sampler);
    const peakRusage = (process.resourceUsage().maxRSS * 1024) / MB;
    console.log(
      `import ${fmt(ROWS)} officers   ${fmt((t2 - t0) / 1000, 2)} s  (read xlsx ${fmt((t1 - t0) / 1000, 2)} s, check + save ${fmt((t2 - t1) / 1000, 2)} s; ${fmt(result.created)} created, ${fmt(result.updated)} updated, ${fmt(result.rejected)} rejected, each with a certificate; ${context.database.dialect}, xlsx ${fmt(file.length / 1024)} KB)`,
    );
    console.log(
      `  memory               peak RSS ${fmt(Math.max(peakRss / MB, peakRusage))} MB (${fmt(before.rss / MB)} MB before), peak heap used ${fmt(peakHeap / MB)} MB (${fmt(before.heapUsed / MB)} MB before, sampled)`,
    );
    if (result.rejected) console.log(`  first rejected row: ${JSON.stringify(result.errors[0])}`);
  } finally {
    await context.database.close();
  }
}

/** Runs the scenario in a child process and relays what it prints. */
export function officerImportScenario(dir: string): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', self, dir], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, BENCH_IMPORT_CHILD: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`import scenario exited with ${code}`)),
    );
  });
}

if (process.env.BENCH_IMPORT_CHILD === '1' && process.argv[1] === fileURLToPath(import.meta.url))
  await main();
