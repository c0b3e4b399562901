import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainCursor,
  type ChainRow,
  canonicalContent,
  chainHash,
  findProblem,
  GENESIS_HASH,
} from './chain.ts';
import { archiveCutoff, MIN_AUDIT_RETENTION_DAYS } from './retention.ts';

function buildRows(count: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const content = {
      seq,
      id: `id-${seq}`,
      at: `2026-11-27T08:00:0${seq}.000Z`,
      actor_id: null,
      actor_name: 'tester',
      org_id: null,
      ip: '10.0.0.1',
      user_agent: null,
      action: 'case.update',
      target_type: 'case',
      target_id: `c${seq}`,
      detail: JSON.stringify({ n: seq }),
      result: 'success' as const,
      request_id: null,
    };
    const hash = chainHash(prev, content);
    rows.push({ ...content, prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

/** The first problem of a sequence of rows, walking as the verifier does. */
function walk(rows: ChainRow[]) {
  const cursor: ChainCursor = { seq: 1, prevHash: GENESIS_HASH };
  for (const row of rows) {
    const problem = findProblem(cursor, row);
    if (problem) return problem;
    cursor.seq = row.seq + 1;
    cursor.prevHash = row.hash;
  }
  return null;
}

describe('audit hash chain', () => {
  it('uses SM3 (GB/T 32905 test vector)', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('hashes the previous hash, a newline and the content as a JSON array in a fixed order', () => {
    const [row] = buildRows(1);
    expect(canonicalContent(row!)).toBe(
      '[1,"id-1","2026-11-27T08:00:01.000Z",null,"tester",null,"10.0.0.1",null,"case.update","case","c1","{\\"n\\":1}","success",null]',
    );
    expect(row!.hash).toBe(
      createHash('sm3')
        .update(`${GENESIS_HASH}\n${canonicalContent(row!)}`)
        .digest('hex'),
    );
    expect(row!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts an intact chain', () => {
    expect(walk(buildRows(5))).toBeNull();
  });

  it('names an edited row', () => {
    const rows = buildRows(5);
    rows[2] = { ...rows[2]!, detail: '{"n":999}' };
    expect(walk(rows)).toMatchObject({ kind: 'edited', seq: 3, id: 'id-3' });
  });

  it('names the row after a removed one', () => {
    const rows = buildRows(5);
    rows.splice(1, 1);
    const problem = walk(rows);
    expect(problem).toMatchObject({ kind: 'removed', seq: 3, id: 'id-3' });
    expect(problem?.message).toContain('缺少序号 2');
  });

  it('catches rows renumbered to hide a removal', () => {
    const rows = buildRows(5);
    rows.splice(1, 1);
    rows.forEach((row, i) => {
      row.seq = i + 1;
    });
    expect(walk(rows)).toMatchObject({ kind: 'reordered', seq: 2, id: 'id-3' });
  });

  it('catches two rows whose content was swapped', () => {
    const rows = buildRows(5);
    const [a, b] = [rows[1]!, rows[2]!];
    rows[1] = { ...b, seq: 2 };
    rows[2] = { ...a, seq: 3 };
    expect(walk(rows)).toMatchObject({ kind: 'reordered', seq: 2, id: 'id-3' });
  });

  it('catches a row whose content and hash were both rewritten (the next link breaks)', () => {
    const rows = buildRows(5);
    const forged = { ...rows[2]!, detail: '{"n":0}' };
    rows[2] = { ...forged, hash: chainHash(forged.prev_hash, forged) };
    expect(walk(rows)).toMatchObject({ kind: 'reordered', seq: 4, id: 'id-4' });
  });

  it('never puts row content into its messages', () => {
    const rows = buildRows(3);
    rows[1] = { ...rows[1]!, detail: JSON.stringify({ idNumber: '110105199001011234' }) };
    expect(walk(rows)?.message).not.toContain('110105199001011234');
  });
});

describe('archive cutoff', () => {
  const now = Date.parse('2027-06-01T00:00:00.000Z');
  const floor = new Date(now - MIN_AUDIT_RETENTION_DAYS * 86_400_000).toISOString();

  it('keeps an earlier cutoff as asked', () => {
    expect(archiveCutoff('2026-01-01T00:00:00.000Z', 190, now)).toBe('2026-01-01T00:00:00.000Z');
  });

  it('never reaches into the last 190 days, even if asked or configured shorter', () => {
    expect(archiveCutoff('2027-06-01T00:00:00.000Z', 190, now)).toBe(floor);
    expect(archiveCutoff('2027-06-01T00:00:00.000Z', 30, now)).toBe(floor);
  });

  it('honours a longer retention', () => {
    expect(archiveCutoff('2027-06-01T00:00:00.000Z', 365, now)).toBe(
      new Date(now - 365 * 86_400_000).toISOString(),
    );
  });

  it('refuses a malformed time', () => {
    expect(() => archiveCutoff('yesterday', 190, now)).toThrow('归档截止时间格式错误');
  });
});
