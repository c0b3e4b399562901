import { createHash } from 'node:crypto';
import { makeCreditCode, makeOrgCode } from '@jiandu/contracts/codes';
import type { Services } from '../context.ts';
import type { Db } from '../platform/db/tables.ts';
import { seedAgencyDemo } from './agencies-demo.ts';
import { seedCaseReviewsDemo } from './case-reviews-demo.ts';
import { seedCasesDemo } from './cases-demo.ts';
import { seedCatalogueDemo } from './catalogue-demo.ts';
import { seedComplaintsDemo } from './complaints-demo.ts';
import { demoActor } from './demo-actor.ts';
import { seedEquipmentDemo } from './equipment-demo.ts';
import { type DemoOrg, LIAONING_DEMO } from './liaoning-orgs.ts';
import { seedMattersDemo } from './matters-demo.ts';
import { seedOfficerDemo } from './officers-demo.ts';
import { seedPeopleDemo } from './people-demo.ts';
import { seedPlansDemo } from './plans-demo.ts';
import { seedReferralsDemo } from './referrals-demo.ts';

/** The password of every demo account (printed by the seed; demo data only). */
export const DEMO_PASSWORD = 'Demo@2026ln';

/** A demo login as the seed prints it. */
export interface DemoLogin {
  username: string;
  displayName: string;
  org: string;
  role: string;
}

/** A stable, valid credit code for a government organ (登记管理部门 1, 机关 1) in a region. */
export function demoCreditCode(name: string, region: string): string {
  const digits = BigInt(`0x${createHash('sm3').update(name).digest('hex').slice(0, 12)}`)
    .toString()
    .slice(-8)
    .padStart(8, '0');
  return makeCreditCode(`11${region.slice(0, 6)}${makeOrgCode(digits)}`);
}

const PEOPLE: [string, string, string, string][] = [
  // username, name, org key, role code
  ['sheng.jiandu', '张伟', 'province', 'supervisor'],
  ['shenyang.jiandu', '李娜', 'shenyang', 'supervisor'],
  ['heping.jiandu', '王磊', 'shenyang.heping', 'supervisor'],
  ['shenhe.jiandu', '刘洋', 'shenyang.shenhe', 'supervisor'],
  ['dalian.jiandu', '陈静', 'dalian', 'supervisor'],
  ['sheng.lingdao', '赵建国', 'province', 'leader'],
  ['heping.scjg', '孙丽', 'shenyang.heping.scjg', 'agency_staff'],
];

const ADMINS: [string, string, string][] = [
  ['sysadmin', '系统管理员', 'system_admin'],
  ['secadmin', '安全管理员', 'security_admin'],
  ['auditadmin', '审计管理员', 'audit_admin'],
];

/**
 * Loads the Liaoning demo: the org tree with valid credit codes, the three administrators and
 * supervisors at province, city and district level, each scoped to their own part of the tree;
 * then the agencies' qualifications, officers and certificates, supervision pools, equipment and
 * the item catalogue with its benchmarks.
 */
export async function seedDemo(
  services: Services,
  onProgress: (line: string) => void = () => {},
  data: 'full' | 'base' = 'full',
  db?: Db,
): Promise<DemoLogin[]> {
  const actor = demoActor();
  const ids = new Map<string, string>();
  let count = 0;
  const walk = async (org: DemoOrg, parentId: string | null) => {
    const created = await services.orgs.create(actor, {
      parentId,
      name: org.name,
      shortName: org.shortName ?? null,
      kind: org.kind,
      regionCode: org.region,
      creditCode:
        org.kind === 'township_government' || org.kind === 'supervisor' || org.kind === 'agency'
          ? demoCreditCode(org.name, org.region)
          : null,
      sortOrder: count,
    });
    ids.set(org.key, created.id);
    count += 1;
    for (const child of org.children ?? []) await walk(child, created.id);
  };
  await walk(LIAONING_DEMO, null);
  onProgress(`  组织机构: ${count} 个单位`);

  const logins: DemoLogin[] = [];
  const admin = { ...actor, userId: 'seed-admin' };
  for (const [username, displayName, roleCode] of ADMINS) {
    const { user } = await services.users.create(
      actor,
      { username, displayName, orgId: ids.get('province')! },
      { password: DEMO_PASSWORD, mustChange: false },
    );
    await services.users.assignRoles(admin, user.id, [
      { roleId: await services.roles.idOf(roleCode), scopeKind: 'all' },
    ]);
    logins.push({ username, displayName, org: '辽宁省司法厅', role: displayName });
  }
  for (const [username, displayName, orgKey, roleCode] of PEOPLE) {
    const orgId = ids.get(orgKey)!;
    const { user } = await services.users.create(
      actor,
      { username, displayName, orgId },
      { password: DEMO_PASSWORD, mustChange: false },
    );
    await services.users.assignRoles(admin, user.id, [
      { roleId: await services.roles.idOf(roleCode), scopeKind: 'org_subtree', scopeOrgId: orgId },
    ]);
    logins.push({ username, displayName, org: user.orgName, role: roleCode });
  }
  onProgress(`  演示账号: ${logins.length} 个`);
  if (data === 'base') return logins;
  await seedAgencyDemo(services, ids, onProgress);
  await seedOfficerDemo(services, ids, onProgress);
  await seedPeopleDemo(services, ids, onProgress);
  await seedEquipmentDemo(services, ids, onProgress);
  await seedCatalogueDemo(services, ids, onProgress);
  if (db) await seedCasesDemo(services, db, onProgress);
  if (db) await seedMattersDemo(services, db, onProgress);
  if (db) await seedPlansDemo(services, db, onProgress);
  if (db) logins.push(...(await seedCaseReviewsDemo(services, db, ids, DEMO_PASSWORD, onProgress)));
  if (db) await seedComplaintsDemo(services, db, onProgress);
  if (db) await seedReferralsDemo(services, db, onProgress);
  return logins;
}
