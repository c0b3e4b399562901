import { type AgeLimit, DEFAULT_AGE_LIMITS } from '@jiandu/contracts/people';

/** Full years of age on a date for someone born on `birthDate` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * A region and the regions above it, nearest first: 210102001 → 210102, 210100, 210000. Age limits
 * are looked up along this chain, so a district inherits its city's and then its province's.
 */
export function regionChain(code: string): string[] {
  const chain = [code];
  if (code.length === 9) chain.push(code.slice(0, 6));
  const six = code.slice(0, 6);
  chain.push(`${six.slice(0, 4)}00`, `${six.slice(0, 2)}0000`);
  return [...new Set(chain)];
}

/** The limits in force for a region, given the rows set along its chain; the default when none is. */
export function effectiveAgeLimit(
  regionCode: string,
  rows: readonly { region_code: string; min_age: number; max_age: number }[],
): Omit<AgeLimit, 'regionName' | 'sourceName'> {
  for (const code of regionChain(regionCode)) {
    const row = rows.find((r) => r.region_code === code);
    if (row)
      return {
        regionCode,
        minAge: row.min_age,
        maxAge: row.max_age,
        source: code,
        inherited: code !== regionCode,
      };
  }
  return { regionCode, ...DEFAULT_AGE_LIMITS, source: null, inherited: true };
}
