import { RULES_BY_CODE, type RuleCode } from '@jiandu/contracts/warning-rules';
import type { Finding } from '../src/modules/warnings/rules/finding.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { newId } from '../src/platform/ids.ts';

/*
 * Test fixtures of the warning store: cases inserted as bare rows (no ingest, so no evaluation runs
 * behind the test's back) and findings as a rule would return them.
 */

/** A demo org's id and region by its name. */
export async function orgNamed(db: Db, name: string): Promise<{ id: string; regionCode: string }> {
  const org = await db
    .selectFrom('org')
    .select(['id', 'region_code'])
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return { id: org.id, regionCode: org.region_code };
}

/** Stores a minimal case of an agency and returns its id. */
export async function insertCase(
  db: Db,
  agency: { id: string; regionCode: string },
  externalId: string,
  version = 1,
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await db
    .insertInto('enforcement_case')
    .values({
      id,
      source_key: `native:${agency.id}`,
      source_id: null,
      external_id: externalId,
      version,
      org_id: agency.id,
      region_code: agency.regionCode,
      kind: 'penalty',
      procedure: 'general',
      item_code: 'SC-CF-0001',
      title: `${externalId} 案`,
      major: 0,
      party_type: null,
      party_name: null,
      party_key: null,
      status: 'decided',
      filed_on: '2026-09-01',
      decided_on: '2026-09-24',
      published_on: null,
      closed_on: null,
      fine_cents: null,
      derived_version: null,
      received_at: now,
      created_at: now,
    })
    .execute();
  return id;
}

/** A finding of a rule as the rule functions build it. */
export function findingOf(
  ruleCode: RuleCode,
  message: string,
  facts: Record<string, unknown> = {},
  key = '',
): Finding {
  const rule = RULES_BY_CODE[ruleCode];
  return {
    ruleCode,
    ruleVersion: 1,
    severity: rule.severity,
    key,
    message,
    facts,
    parameters: Object.fromEntries(rule.parameters.map((p) => [p.key, p.default])),
    basis: rule.basis,
  };
}
