import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { QUALIFICATION_ACTIONS } from '@jiandu/contracts/agencies';
import {
  AUDIT_ACTION_FILTER_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_TARGET_TYPE_LABELS,
} from '@jiandu/contracts/audit-labels';
import { ITEM_ACTIONS, SUBJECTS } from '@jiandu/contracts/catalogue-labels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS as WARNING_ACTIONS } from '../src/modules/warnings/warnings.policy.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * The audit page names every action and object type the server writes (from the contracts' maps);
 * a code without a name shows up raw. Checked twice: on the trail the demo leaves, and on the
 * source, so codes the demo never exercises are covered as well.
 */

const SRC = path.resolve(import.meta.dirname, '../src');
/** Where recordAudit is defined (its entry interface names the fields, it writes no code of its own). */
const DEFINITION = path.join(SRC, 'platform/audit/audit.ts');
const CODE = /^[a-z_]+(?:\.[a-z_]+)+$/;

/**
 * Action codes built at run time, by the template's text in the source, with every value it can
 * take. A new template fails the test until it is listed here (and its codes named).
 */
const DYNAMIC_ACTIONS: Record<string, readonly string[]> = {
  'agency.qualification.${action}': QUALIFICATION_ACTIONS.map((a) => `agency.qualification.${a}`),
  '${version.subject}.${action}': SUBJECTS.flatMap((s) => ITEM_ACTIONS.map((a) => `${s}.${a}`)),
  'warning.${action}': Object.keys(WARNING_ACTIONS).map((a) => `warning.${a}`),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** The value expression after `key:`, up to the end of its property (multi-line ternaries included). */
function propertyValues(text: string, key: string): string[] {
  const values: string[] = [];
  for (const m of text.matchAll(new RegExp(`\\b${key}:`, 'g'))) {
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(/,\s*\n|\btargetType\b|\s\}/);
    values.push(rest.slice(0, end === -1 ? 200 : end));
  }
  return values;
}

/** The codes an action expression can produce, and the templates it could not expand. */
function codesOf(expression: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const [, template] of expression.matchAll(/`([^`]*)`/g)) {
    const body = template!;
    // Only templates that build a code: any other text (a reason, a message) is not an action.
    if (!/^[a-z_.]*$/.test(body.replace(/\$\{[^}]*\}/g, ''))) continue;
    const parts = body.match(/^([^$]*)\$\{(.*)\}([^$]*)$/);
    const branches = parts ? [...parts[2]!.matchAll(/[?:]\s*'([^']+)'/g)].map((b) => b[1]!) : [];
    if (!parts) codes.push(body);
    else if (DYNAMIC_ACTIONS[body]) codes.push(...DYNAMIC_ACTIONS[body]);
    else if (branches.length && !/\$\{/.test(parts[1]! + parts[3]!))
      codes.push(...branches.map((b) => `${parts[1]}${b}${parts[3]}`));
    else unknown.push(body);
  }
  const plain = expression.replace(/`[^`]*`/g, '');
  for (const [, literal] of plain.matchAll(/'([^']+)'/g)) if (CODE.test(literal!)) codes.push(literal!);
  return { codes, unknown };
}

/** Every action code and target type the source can write, read from the files that audit. */
function scanSource() {
  const actions = new Set<string>();
  const targetTypes = new Set<string>();
  const unresolved: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (file === DEFINITION || !text.includes('recordAudit(')) continue;
    const where = path.relative(SRC, file);
    const constants = new Map([...text.matchAll(/const (\w+) = '([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
    for (const expression of propertyValues(text, 'action')) {
      const { codes, unknown } = codesOf(expression);
      for (const code of codes) actions.add(code);
      for (const template of unknown) unresolved.push(`${where}: action \`${template}\``);
    }
    // Helpers that take the action as an argument: `#audit(trx, actor, action: string, …)`.
    for (const helper of text.matchAll(/#(\w+)\(([^)]*?)\baction: string/g)) {
      const position = helper[2]!.split(',').length - 1;
      const call = new RegExp(`this\\.#${helper[1]}\\(\\s*(?:[^,()]+,\\s*){${position}}'([^']+)'`, 'g');
      for (const [, code] of text.matchAll(call)) actions.add(code!);
    }
    for (const expression of propertyValues(text, 'targetType')) {
      const value = expression.split(/[,}\n]/)[0]!.trim();
      const literal = value.match(/^'([^']+)'$/)?.[1] ?? constants.get(value);
      if (literal) targetTypes.add(literal);
      else unresolved.push(`${where}: targetType ${value}`);
    }
  }
  return { actions, targetTypes, unresolved };
}

const missing = (codes: Iterable<string>, labels: Record<string, unknown>) =>
  [...new Set(codes)].filter((c) => !Object.hasOwn(labels, c)).sort();

describe('audit labels, from the source', () => {
  const scanned = scanSource();

  it('reads every action code and target type the server writes', () => {
    expect(scanned.unresolved, 'codes built in a way this test cannot enumerate').toEqual([]);
    // The scan itself works: literal, helper-argument, ternary and template codes are all found.
    for (const code of [
      'matter.notice.issue',
      'campaign.check',
      'plan.midyear',
      'case_review.file.consensus',
      'auth.login.failure',
      'user.disable',
      'invited_supervisor.dismiss',
      'agency.qualification.confirm',
      'benchmark.publish',
      'warning.contest',
    ])
      expect(scanned.actions, code).toContain(code);
    expect(scanned.actions.size).toBeGreaterThan(140);
    expect(scanned.targetTypes).toContain('source_system');
  });

  it('names every action code in the source', () => {
    expect(missing(scanned.actions, AUDIT_ACTION_LABELS), 'action codes without a name').toEqual([]);
  });

  it('names every target type in the source', () => {
    expect(missing(scanned.targetTypes, AUDIT_TARGET_TYPE_LABELS), 'target types without a name').toEqual([]);
  });

  it('names no code the server does not write', () => {
    const stale = Object.keys(AUDIT_ACTION_LABELS).filter((c) => !scanned.actions.has(c));
    expect(stale, 'named actions nothing writes').toEqual([]);
    const staleTypes = Object.keys(AUDIT_TARGET_TYPE_LABELS).filter((c) => !scanned.targetTypes.has(c));
    expect(staleTypes, 'named target types nothing writes').toEqual([]);
  });

  it('offers an action filter for every module, each finding something', () => {
    const prefixes = Object.keys(AUDIT_ACTION_FILTER_LABELS);
    const unfiltered = [...scanned.actions].filter(
      (code) => !prefixes.some((p) => p.endsWith('.') && code.startsWith(p)),
    );
    expect(unfiltered.sort(), 'actions no module filter finds').toEqual([]);
    const empty = prefixes.filter((p) => ![...scanned.actions].some((code) => code.startsWith(p)));
    expect(empty, 'filters that find nothing').toEqual([]);
  });
});

describe('audit labels, on the demo trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ config: { demoSeed: true, demoData: 'full' } });
    await seed(t.context, SYSTEM_ACTOR);
  });
  afterAll(() => t?.close());

  it('names every action and target type the demo left on the trail', async () => {
    const db = t.context.database.db;
    const actions = await db
      .selectFrom('audit_event')
      .select('action')
      .distinct()
      .orderBy('action')
      .execute();
    const types = await db
      .selectFrom('audit_event')
      .select('target_type')
      .distinct()
      .orderBy('target_type')
      .execute();
    expect(actions.length).toBeGreaterThan(10);
    expect(
      missing(
        actions.map((r) => r.action),
        AUDIT_ACTION_LABELS,
      ),
      'actions on the demo trail without a name',
    ).toEqual([]);
    expect(
      missing(
        types.map((r) => r.target_type),
        AUDIT_TARGET_TYPE_LABELS,
      ),
      'target types on the demo trail without a name',
    ).toEqual([]);
  });
});
