import type { BenchmarkContent } from '@jiandu/contracts/catalogue';
import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { EnforcementField } from '@jiandu/contracts/fields';
import { generateCases, recordVersions } from '@jiandu/generator/cases';
import type { World, WorldAgency, WorldOfficer } from '@jiandu/generator/world';
import type { Services } from '../context.ts';
import { addDays, todayInShanghai } from '../platform/calendar/dates.ts';
import type { Db } from '../platform/db/tables.ts';
import { demoActor } from './demo-actor.ts';

/** Cases per agency of the demo: a few years of a district agency's work, at demo scale. */
const CASES_PER_AGENCY = 36;

/** Fine ranges per circumstance of a published benchmark (a multiple uses its fallback range). */
function finesOf(content: BenchmarkContent): WorldAgency['items'][number]['fines'] {
  const fines: Partial<Record<Circumstance, { min: number; max: number }>> = {};
  for (const tier of content.tiers) {
    const rule = tier.fine;
    if (!rule) continue;
    if (rule.mode === 'absolute') fines[tier.circumstance] = { min: rule.min, max: rule.max };
    else if (rule.fallback) fines[tier.circumstance] = { min: rule.fallback.min, max: rule.fallback.max };
  }
  return Object.keys(fines).length ? fines : undefined;
}

/**
 * The demo's world as the case generator needs it: the demo agencies with their certified officers
 * and their published catalogue, read back from what the earlier demo steps stored. Only agencies
 * whose qualification was first confirmed by `since` and is in force act in it: those still awaiting
 * confirmation, or revoked, would otherwise fill the warnings with one defect.
 */
async function demoWorld(db: Db, since: string): Promise<{ world: World; orgIds: string[] }> {
  const agencies = await db
    .selectFrom('org')
    .select(['id', 'name', 'region_code', 'credit_code'])
    .where('kind', '=', 'agency')
    .where('credit_code', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agency_qualification as q')
          .select('q.id')
          .whereRef('q.org_id', '=', 'org.id')
          .where('q.is_current', '=', 1)
          .where('q.status', '=', 'published'),
      ),
    )
    .where((eb) =>
      eb(
        eb
          .selectFrom('agency_qualification as first')
          .select((f) => f.fn.min('first.confirmed_on').as('day'))
          .whereRef('first.org_id', '=', 'org.id'),
        '<=',
        since,
      ),
    )
    .orderBy('id')
    .execute();
  const certificates = await db
    .selectFrom('certificate')
    .innerJoin('officer', 'officer.id', 'certificate.officer_id')
    .select([
      'certificate.id',
      'certificate.org_id',
      'certificate.number',
      'certificate.issue_date',
      'certificate.expiry_date',
      'certificate.status',
      'officer.name',
      'officer.legal_reviewer',
    ])
    .where('certificate.type', '=', 'enforcement')
    .orderBy('certificate.number')
    .execute();
  const events = await db
    .selectFrom('certificate_event')
    .select(['certificate_id', 'status', 'effective_date'])
    .orderBy('effective_date')
    .execute();
  const lastChange = new Map(events.map((e) => [e.certificate_id, e.effective_date]));
  const items = await db
    .selectFrom('item')
    .select(['id', 'org_id', 'code', 'kind', 'name', 'fields'])
    .where('status', '=', 'published')
    .orderBy('code')
    .execute();
  const benchmarks = await db
    .selectFrom('item_version')
    .select(['item_id', 'content'])
    .where('subject', '=', 'benchmark')
    .where('status', '=', 'published')
    .execute();
  const benchmarkOf = new Map(benchmarks.map((b) => [b.item_id, JSON.parse(b.content) as BenchmarkContent]));
  const world: World = { agencies: [] };
  const orgIds: string[] = [];
  for (const org of agencies) {
    const officers: WorldOfficer[] = certificates
      .filter((c) => c.org_id === org.id)
      .map((c) => {
        const sanctioned = c.status === 'suspended' || c.status === 'revoked' || c.status === 'cancelled';
        return {
          certificateNumber: c.number,
          name: c.name,
          validFrom: c.issue_date,
          validTo: c.expiry_date,
          legalReviewer: c.legal_reviewer === 1,
          ...(sanctioned
            ? { status: c.status as WorldOfficer['status'], statusFrom: lastChange.get(c.id) ?? c.issue_date }
            : {}),
        };
      });
    const mine = items.filter((i) => i.org_id === org.id);
    const own = mine.map((i) => {
      const benchmark = benchmarkOf.get(i.id);
      const fines = benchmark ? finesOf(benchmark) : undefined;
      return { code: i.code, kind: i.kind, name: i.name, ...(fines ? { fines } : {}) };
    });
    if (officers.length < 2 || !own.length) continue;
    world.agencies.push({
      creditCode: org.credit_code!,
      name: org.name,
      regionCode: org.region_code,
      // The agency's field is the field of its items (the generator names parties after it).
      field: ((JSON.parse(mine[0]?.fields ?? '[]') as EnforcementField[])[0] ?? 'market') as EnforcementField,
      officers,
      items: own,
    });
    orgIds.push(org.id);
  }
  return { world, orgIds };
}

/**
 * Enforcement cases for the demo: a few years of generated cases (with the defects real
 * supervision finds, at realistic rates, and earlier versions) received from a provincial case
 * platform through the exchange ingest, their deadlines derived, and a sample of recent decisions
 * published on the portal with personal data removed.
 */
export async function seedCasesDemo(
  services: Services,
  db: Db,
  onProgress: (line: string) => void,
): Promise<void> {
  const to = addDays(todayInShanghai(), -3);
  const from = addDays(to, -1050);
  const { world, orgIds } = await demoWorld(db, from);
  if (!world.agencies.length) return;
  const { token } = await services.sources.create(
    { id: null, name: '演示数据' },
    '辽宁省行政执法综合管理平台 (演示)',
    orgIds,
  );
  const source = (await services.sources.fromToken(token, { ip: '127.0.0.1' }))!;
  const count = world.agencies.length * CASES_PER_AGENCY;
  async function* items() {
    let line = 0;
    for (const generated of generateCases(world, { seed: 'liaoning-demo', count, from, to }))
      for (const record of recordVersions(generated)) yield { line: ++line, text: JSON.stringify(record) };
  }
  const result = await services.cases.ingest(source, items());
  const derived = await services.cases.derivePending();
  const actor = demoActor();
  const recent = await db
    .selectFrom('enforcement_case')
    .select('id')
    .where('kind', '=', 'penalty')
    .where('decided_on', '>=', addDays(to, -120))
    .orderBy('decided_on', 'desc')
    .orderBy('id')
    .limit(150)
    .execute();
  let published = 0;
  for (const row of recent) {
    try {
      await services.cases.publicity.publish(actor, row.id);
      published += 1;
    } catch {
      // Minors, warning-only decisions under a "not published" row: refused, as they should be.
    }
  }
  onProgress(
    `  执法案件: ${result.created} 件 (${result.updated} 个后续版本, ${world.agencies.length} 个执法主体), ` +
      `期限 ${derived.derived} 件, 门户公示 ${published} 件`,
  );
}
