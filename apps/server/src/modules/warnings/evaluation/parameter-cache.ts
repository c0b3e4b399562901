import type { ParameterResolver } from '../parameter-resolution.ts';

/**
 * Keeps the compiled parameter resolver for a few seconds, so judging cases as they arrive does not
 * read and compile the parameter table for every batch. A change is effective-dated (in force from a
 * day, usually a later one), so a resolver a few seconds old judges the same way.
 */
export function cachedParameters(
  load: () => Promise<ParameterResolver>,
  ttlMs = 5_000,
): () => Promise<ParameterResolver> {
  let cached: { resolver: Promise<ParameterResolver>; until: number } | null = null;
  return () => {
    const now = Date.now();
    if (!cached || cached.until <= now) {
      const resolver = load();
      cached = { resolver, until: now + ttlMs };
      // A failed read is not kept: the next batch tries again.
      resolver.catch(() => {
        cached = null;
      });
    }
    return cached.resolver;
  };
}
