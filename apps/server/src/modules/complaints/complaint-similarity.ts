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

/**
 * Character-bigram Jaccard similarity of two texts (0–1): works on Chinese without a word
 * segmenter, and a reworded copy of the same complaint still shares most of its pairs.
 */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const pair of x) if (y.has(pair)) common += 1;
  return common / (x.size + y.size - common);
}
