/** The set of adjacent character pairs of a text, ignoring spaces and punctuation. */
export function bigrams(text: string): Set<string> {
  const chars = [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, ''),
  ];
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i]! + chars[i + 1]!);
  return set;
}

/** Jaccard similarity of two bigram sets (0–1). */
export function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (!x.size || !y.size) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let common = 0;
  for (const pair of small) if (large.has(pair)) common += 1;
  return common / (x.size + y.size - common);
}

/**
 * Character-bigram Jaccard similarity of two texts (0–1): works on Chinese without a word
 * segmenter, and a reworded copy of the same complaint still shares most of its pairs.
 */
export function similarity(a: string, b: string): number {
  return jaccard(bigrams(a), bigrams(b));
}
