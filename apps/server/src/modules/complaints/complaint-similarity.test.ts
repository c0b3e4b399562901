import { describe, expect, it } from 'vitest';
import { bigrams, jaccard, matchKeys, similarityKeys } from './complaint-similarity.ts';

/** A text of `length` characters drawn from a pool of common characters, repeatable by seed. */
function text(seed: number, length: number): string {
  const pool =
    '执法人员检查现场罚款决定书送达当事人陈述申辩听证程序市场监督管理局城管综合行政区街道商户投诉举报态度恶劣拒不出示证件违规收费';
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += pool[x % pool.length];
  }
  return out;
}

/** The text with every `every`-th character replaced: a reworded copy. */
function reword(original: string, every: number, seed: number): string {
  const replacement = text(seed, original.length);
  return [...original].map((c, i) => (i % every === 0 ? replacement[i] : c)).join('');
}

/** Whether two texts become candidates: they share at least two similarity keys (bands). */
const shareKey = (a: string, b: string) => {
  const keys = new Set(similarityKeys(bigrams(a)));
  return similarityKeys(bigrams(b)).filter((k) => keys.has(k)).length >= 2;
};

describe('similarity keys', () => {
  it('make nearly every pair at or above the 0.6 threshold candidates', () => {
    let pairs = 0;
    let found = 0;
    for (let seed = 1; pairs < 300; seed++) {
      const a = text(seed, 160);
      for (const every of [5, 6, 8, 12]) {
        const b = reword(a, every, seed + 10_000);
        if (jaccard(bigrams(a), bigrams(b)) < 0.6) continue;
        pairs += 1;
        if (shareKey(a, b)) found += 1;
      }
    }
    expect(found / pairs).toBeGreaterThanOrEqual(0.98);
  });

  it('leave nearly all unrelated complaints out', () => {
    let shared = 0;
    for (let seed = 1; seed <= 300; seed++)
      if (shareKey(text(seed, 160), text(seed + 5000, 160))) shared += 1;
    expect(shared / 300).toBeLessThan(0.05);
  });

  it('give an identical text the same keys and an empty one none', () => {
    const a = text(7, 120);
    expect(similarityKeys(bigrams(a))).toEqual(similarityKeys(bigrams(`${a}`)));
    expect(similarityKeys(bigrams(a))).toHaveLength(32);
    expect(similarityKeys(bigrams('。。 ！'))).toEqual([]);
  });
});

describe('match keys', () => {
  it('name the phone, the case, the officer within the agency, and the content', () => {
    const keys = matchKeys({
      phone_index: 'abc',
      agency_org_id: 'org-1',
      target: JSON.stringify({ caseId: 'case-9', caseNumber: '沈和市监罚〔2026〕12号', officerName: '王强' }),
      title: '执法人员态度恶劣',
      content: '检查时拒不出示证件',
    });
    expect(keys).toEqual(
      expect.arrayContaining(['p:abc', 'c:case-9', 'n:沈和市监罚〔2026〕12号', 'o:org-1:王强']),
    );
    expect(keys.filter((k) => k.startsWith('s'))).toHaveLength(32);
  });

  it('leave out an officer named without an agency', () => {
    const keys = matchKeys({
      phone_index: null,
      agency_org_id: null,
      target: JSON.stringify({ officerName: '王强' }),
      title: '',
      content: '',
    });
    expect(keys).toEqual([]);
  });
});
