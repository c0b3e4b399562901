import { makeCreditCode, makeResidentId, orgCodeCheckChar } from '@jiandu/contracts/codes';
import type { FastifyInstance } from 'fastify';
import type { TestApp } from './harness.ts';

/** A resident ID number of Heping district with a valid check digit. */
export const PERSON_ID = makeResidentId('21010219850315123');

/** A valid credit code from the registration/type code, the region and an 8-character org code body. */
export function creditCode(head: string, region: string, org8: string): string {
  return makeCreditCode(head + region + org8 + orgCodeCheckChar(org8)!);
}

/** A general-procedure penalty of 和平区市场监督管理局 as a source would send it. */
export function buildCase(
  creditCode: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    externalId: 'HP-2026-0001',
    version: 1,
    agencyCreditCode: creditCode,
    itemCode: 'SC-CF-0001',
    kind: 'penalty',
    procedure: 'general',
    title: '销售过期食品案',
    party: { type: 'person', name: '王秀英', idNumber: PERSON_ID },
    violationEndedAt: '2026-08-20',
    officers: ['21010226000001', '21010226000002'],
    major: false,
    events: [
      { type: 'filed', at: '2026-09-01' },
      { type: 'notified', at: '2026-09-15T10:00:00+08:00' },
      { type: 'decided', at: '2026-09-24' },
    ],
    decision: { penalties: [{ type: 'fine', amount: 3000 }], circumstance: 'general' },
    evidence: [{ kind: 'photo', sha256: 'a'.repeat(64), capturedAt: '2026-09-02T09:30:00+08:00' }],
    ...overrides,
  };
}

/** Sends a batch as NDJSON (records or raw lines) with a source token. */
export function postNdjson(app: FastifyInstance, token: string, lines: (object | string)[]) {
  return app.inject({
    method: 'POST',
    url: '/api/exchange/v1/cases',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    payload: lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'),
  });
}

/** Registers a source bound to the named agencies and returns its token. */
export async function sourceFor(t: TestApp, name: string, agencyNames: string[]): Promise<string> {
  const orgs = await t.context.database.db
    .selectFrom('org')
    .select(['id'])
    .where('name', 'in', agencyNames)
    .orderBy('id')
    .execute();
  const { token } = await t.context.services.sources.create(
    { id: null, name: 'test' },
    name,
    orgs.map((o) => o.id),
  );
  return token;
}

/** Credit code of a demo org by name. */
export async function creditCodeOf(t: TestApp, name: string): Promise<string> {
  const org = await t.context.database.db
    .selectFrom('org')
    .select('credit_code')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return org.credit_code as string;
}
