import { RULES_BY_CODE } from '@jiandu/contracts/warning-rules';
import type { Db } from '../../../platform/db/tables.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import type { OpenedWarning, ReconcileResult } from '../reconcile-core.ts';

/** How long the supervisors are remembered: the org tree changes rarely, warnings often. */
const SUPERVISOR_CACHE_MS = 5 * 60_000;

/**
 * Every org's supervising justice bureau (null when it has none), read from the whole tree at once
 * and kept for a few minutes: judging cases one at a time, as after each ingest, then costs no
 * query for the org tree. An org created since the read is looked up alone and added.
 */
let supervisorSnapshot: { supervisors: Map<string, string | null>; until: number } | null = null;

/** Each agency's supervising justice bureau. */
async function supervisorsOf(trx: Db, agencyIds: string[]): Promise<Map<string, string>> {
  const now = Date.now();
  if (!supervisorSnapshot || supervisorSnapshot.until <= now)
    supervisorSnapshot = { supervisors: await everySupervisor(trx), until: now + SUPERVISOR_CACHE_MS };
  const known = supervisorSnapshot.supervisors;
  const unknown = agencyIds.filter((id) => !known.has(id));
  if (unknown.length) {
    const found = await lookUpSupervisors(trx, unknown);
    for (const id of unknown) known.set(id, found.get(id) ?? null);
  }
  const out = new Map<string, string>();
  for (const id of agencyIds) {
    const supervisor = known.get(id);
    if (supervisor) out.set(id, supervisor);
  }
  return out;
}

/** The nearest ancestor of kind `supervisor` of each org, by the org's path (`/root/…/self/`). */
function nearestSupervisors(
  orgs: readonly { id: string; path: string }[],
  depthOfSupervisor: ReadonlyMap<string, number>,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const org of orgs) {
    let best: string | null = null;
    for (const id of org.path.split('/'))
      if (id && id !== org.id && depthOfSupervisor.has(id))
        if (best === null || depthOfSupervisor.get(id)! > depthOfSupervisor.get(best)!) best = id;
    out.set(org.id, best);
  }
  return out;
}

/** Every org's supervising justice bureau, from one read of the org tree. */
async function everySupervisor(trx: Db): Promise<Map<string, string | null>> {
  const orgs = await trx.selectFrom('org').select(['id', 'path', 'kind', 'depth']).orderBy('id').execute();
  const depth = new Map(orgs.filter((o) => o.kind === 'supervisor').map((o) => [o.id, o.depth]));
  return nearestSupervisors(orgs, depth);
}

/** Some agencies' supervising justice bureaus, read for those agencies alone. */
async function lookUpSupervisors(trx: Db, agencyIds: string[]): Promise<Map<string, string | null>> {
  const agencies = await trx
    .selectFrom('org')
    .select(['id', 'path'])
    .where('id', 'in', agencyIds)
    .orderBy('id')
    .execute();
  const ancestors = new Set<string>();
  for (const a of agencies) for (const id of a.path.split('/')) if (id && id !== a.id) ancestors.add(id);
  if (!ancestors.size) return new Map();
  const supervisors = await trx
    .selectFrom('org')
    .select(['id', 'depth'])
    .where('id', 'in', [...ancestors])
    .where('kind', '=', 'supervisor')
    .orderBy('id')
    .execute();
  return nearestSupervisors(agencies, new Map(supervisors.map((s) => [s.id, s.depth])));
}

function summary(list: OpenedWarning[]): string {
  const byRule = new Map<string, number>();
  for (const w of list) byRule.set(w.ruleCode, (byRule.get(w.ruleCode) ?? 0) + 1);
  const parts = [...byRule].map(
    ([code, n]) => `${RULES_BY_CODE[code as keyof typeof RULES_BY_CODE]?.name ?? code} ${n} 条`,
  );
  return parts.join('、');
}

/**
 * Tells each agency of the warnings an evaluation opened on its cases, and its supervising justice
 * bureau the same, one notice per org per evaluation batch (in the batch's transaction).
 */
export async function noticeOpenedWarnings(trx: Db, result: ReconcileResult): Promise<void> {
  if (!result.opened.length) return;
  const byAgency = new Map<string, OpenedWarning[]>();
  for (const w of result.opened) {
    const list = byAgency.get(w.agencyOrgId);
    if (list) list.push(w);
    else byAgency.set(w.agencyOrgId, [w]);
  }
  const supervisors = await supervisorsOf(trx, [...byAgency.keys()]);
  const forSupervisor = new Map<string, OpenedWarning[]>();
  for (const [agencyId, list] of byAgency) {
    const high = list.filter((w) => w.severity === 'high').length;
    await notify(trx, {
      orgId: agencyId,
      kind: 'warning.opened',
      title: `新增监督预警 ${list.length} 条${high ? ` (高 ${high} 条)` : ''}`,
      body: `本单位的执法案件新增监督预警: ${summary(list)}。请核实整改, 对有异议的预警可以提出申辩。`,
      link: '/warnings?status=open',
    });
    const supervisor = supervisors.get(agencyId);
    if (supervisor) forSupervisor.set(supervisor, [...(forSupervisor.get(supervisor) ?? []), ...list]);
  }
  for (const [supervisorId, list] of forSupervisor)
    await notify(trx, {
      orgId: supervisorId,
      kind: 'warning.opened',
      title: `辖区新增监督预警 ${list.length} 条`,
      body: `所监督的执法主体新增监督预警: ${summary(list)}。可在预警中心查看事实依据并确认或排除。`,
      link: '/warnings?status=open',
    });
}
