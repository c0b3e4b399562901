import { makeResidentId } from '@jiandu/contracts/codes';
import { expect } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { buildCase, creditCodeOf, postNdjson, sourceFor } from './exchange-fixtures.ts';
import type { TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

/*
 * Fixtures of the case-review tests: closed cases of three Shenyang agencies received through the
 * exchange API, experts and an invited supervisor of 沈阳市司法局 (one with a conflict, one employed
 * by a reviewed agency), and reviewer accounts holding only 案卷评分 (case_reviewer).
 */

export const HP_SCJG = '和平区市场监督管理局';
export const HP_CGZF = '和平区城市管理综合行政执法局';
export const SH_SCJG = '沈河区市场监督管理局';

/** An org id by name. */
export async function orgId(t: TestApp, name: string): Promise<string> {
  const row = await t.context.database.db
    .selectFrom('org')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Closed cases of an agency in 2025: `penalties` penalties and `inspections` inspections, closed one
 * a week from February on.
 */
export async function reportClosedCases(
  t: TestApp,
  agency: string,
  prefix: string,
  penalties: number,
  inspections: number,
): Promise<void> {
  const token = await sourceFor(t, `${prefix} 测试平台`, [agency]);
  const credit = await creditCodeOf(t, agency);
  const day = (n: number) => new Date(Date.UTC(2025, 1, 3 + 7 * n)).toISOString().slice(0, 10);
  const records = Array.from({ length: penalties + inspections }, (_, n) => {
    const inspection = n >= penalties;
    return buildCase(credit, {
      externalId: `${prefix}-2025-${String(n + 1).padStart(3, '0')}`,
      title: inspection ? `${prefix} 日常监督检查 ${n + 1}` : `${prefix} 销售过期食品案 ${n + 1}`,
      ...(inspection ? { kind: 'inspection', procedure: 'simple' } : {}),
      violationEndedAt: '2025-01-05',
      events: inspection
        ? [
            { type: 'filed', at: day(n) },
            { type: 'closed', at: day(n) },
          ]
        : [
            { type: 'filed', at: '2025-01-10' },
            { type: 'notified', at: '2025-01-20T10:00:00+08:00' },
            { type: 'decided', at: '2025-01-28' },
            { type: 'closed', at: day(n) },
          ],
    });
  });
  const res = await postNdjson(t.app, token, records);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().rejected, res.body).toBe(0);
}

/** A resident ID of a Shenyang person born in 1975 with a sequence number. */
export const personId = (seq: number) => makeResidentId(`21010219750101${String(seq).padStart(3, '0')}`);

/** Creates an account with role case_reviewer (own org) and signs it in. */
export async function reviewerAccount(
  t: TestApp,
  username: string,
  displayName: string,
  idNumber: string | null,
  orgName = '沈阳市司法局',
): Promise<{ id: string; client: SessionClient }> {
  const actor = demoActor();
  const orgOf = await orgId(t, orgName);
  const { user } = await t.context.services.users.create(
    actor,
    { username, displayName, orgId: orgOf, idNumber },
    { password: DEMO_PASSWORD, mustChange: false },
  );
  await t.context.services.users.assignRoles({ ...actor, userId: 'seed-admin' }, user.id, [
    { roleId: await t.context.services.roles.idOf('case_reviewer'), scopeKind: 'own_org', scopeOrgId: orgOf },
  ]);
  return { id: user.id, client: await signIn(t.app, username, DEMO_PASSWORD) };
}

/** Full marks on every item except the given ones. */
export function fullScores(
  rubric: {
    sections: {
      form: { items: { code: string; maxPoints: number }[] };
      content: { items: { code: string; maxPoints: number }[] };
    };
  },
  less: Record<string, number> = {},
): Record<string, number> {
  const items = [...rubric.sections.form.items, ...rubric.sections.content.items];
  return Object.fromEntries(items.map((i) => [i.code, Math.max(0, i.maxPoints - (less[i.code] ?? 0))]));
}

/** The audit entries of a target, oldest first. */
export function auditOf(t: TestApp, targetId: string) {
  return t.context.database.db
    .selectFrom('audit_event')
    .select(['action', 'detail'])
    .where('target_id', '=', targetId)
    .orderBy('seq')
    .execute();
}
