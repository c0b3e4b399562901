import type { AppContext } from './context.ts';
import { DEMO_PASSWORD, type DemoLogin, seedDemo } from './demo/demo-seed.ts';
import { anyOrg } from './modules/orgs/orgs.repository.ts';
import { seedRegions } from './modules/regions/regions.service.ts';
import type { Actor } from './platform/audit/audit.ts';

/** What seeding added. */
export interface SeedReport {
  calendarYears: number[];
  regions: number;
  roles: number;
  demo: DemoLogin[] | null;
}

/**
 * Loads what every install needs (holiday calendar, Liaoning's regions, built-in roles) and, when
 * the org tree is empty and the demo is wanted, the Liaoning demo. Idempotent: what is present is
 * left alone, so it is safe on every start.
 */
export async function seed(
  context: AppContext,
  actor: Actor,
  onProgress: (line: string) => void = () => {},
): Promise<SeedReport> {
  const calendarYears = await context.calendar.seedBundled(actor);
  const regions = await seedRegions(context.services.regions, actor);
  const roles = await context.services.roles.ensureBuiltins(actor);
  let demo: DemoLogin[] | null = null;
  if (context.config.demoSeed && !(await anyOrg(context.database.db))) {
    onProgress('正在载入辽宁演示数据 …');
    demo = await seedDemo(context.services, onProgress, context.config.demoData, context.database.db);
  }
  return { calendarYears, regions: regions ? regions.inserted : 0, roles, demo };
}

/** The demo logins as lines for the console. */
export function describeDemoLogins(logins: DemoLogin[]): string[] {
  return [
    `演示账号 (密码均为 ${DEMO_PASSWORD}, 首次登录需绑定动态验证码):`,
    ...logins.map((l) => `  ${l.username.padEnd(16)} ${l.displayName}  ${l.org}`),
  ];
}
