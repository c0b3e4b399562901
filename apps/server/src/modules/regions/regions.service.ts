import type { Region, RegionLevel } from '@jiandu/contracts/regions';
import { type Actor, recordAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import {
  type ProvinceOption,
  provinceOptions,
  provincePrefix,
  provinceRegions,
  type RegionRow,
} from './regions.dataset.ts';
import {
  countChildren,
  findByPrefixes,
  findRegion,
  findRegions,
  listChildren,
  listSubtree,
  searchRegions,
  upsertRegions,
} from './regions.repository.ts';
import type { RegionTable } from './regions.table.ts';

/** Rows per INSERT: well under both dialects' parameter limits, few round trips. */
const BATCH = 500;

/** The province seeding loads: Liaoning, where the demo lives. */
export const SEED_PROVINCE = '21';

/** What loading a province found and changed. */
export interface ProvinceLoadSummary {
  code: string;
  name: string;
  source: string;
  province: number;
  cities: number;
  counties: number;
  townships: number;
  inserted: number;
  updated: number;
}

/** How far a load has got, for a progress display. */
export type LoadProgress = (written: number, toWrite: number) => void;

function toRegion(row: RegionTable): Region {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    prefix: row.prefix,
    fullName: row.full_name,
  };
}

function differs(before: RegionTable, after: RegionRow): boolean {
  return (
    before.name !== after.name ||
    before.level !== after.level ||
    before.parent_code !== after.parent_code ||
    before.prefix !== after.prefix ||
    before.full_name !== after.full_name ||
    before.source !== after.source
  );
}

function notFound(code: string): AppError {
  return new AppError('NOT_FOUND', `行政区划代码 ${code} 不存在或尚未导入`);
}

/**
 * The GB/T 2260 region tree: loads provinces from the bundled dataset and answers the lookups
 * other modules need, above all `subtreePrefix` and `isWithin`, on which data scope by region rests.
 */
export class RegionService {
  constructor(private readonly db: Db) {}

  /** The provinces the bundled dataset can load, so a caller can list them when a code is wrong. */
  static provinces(): ProvinceOption[] {
    return provinceOptions();
  }

  /**
   * Loads (or refreshes) one province, given as `21` or `210000`, in a single transaction with
   * one audit entry. Idempotent: unchanged rows are not written; regions absent from the dataset
   * are kept, because other records may still point at them.
   */
  async loadProvince(
    provinceCode: string,
    actor: Actor,
    onProgress?: LoadProgress,
  ): Promise<ProvinceLoadSummary> {
    const prefix = provincePrefix(provinceCode);
    const rows = prefix ? provinceRegions(prefix) : null;
    if (!prefix || !rows) {
      const valid = provinceOptions().map((p) => `${p.code.slice(0, 2)} ${p.name}`);
      throw new AppError('NOT_FOUND', `未知的省级行政区划代码 ${provinceCode}, 可用: ${valid.join(', ')}`);
    }
    const count = (level: RegionLevel) => rows.filter((r) => r.level === level).length;
    const summary: ProvinceLoadSummary = {
      code: rows[0]!.code,
      name: rows[0]!.name,
      source: rows[0]!.source,
      province: count('province'),
      cities: count('city'),
      counties: count('county'),
      townships: count('township'),
      inserted: 0,
      updated: 0,
    };
    await this.db.transaction().execute(async (trx) => {
      const existing = new Map((await listSubtree(trx, prefix)).map((r) => [r.code, r]));
      const now = new Date().toISOString();
      const writes: RegionTable[] = [];
      for (const row of rows) {
        const before = existing.get(row.code);
        if (before && !differs(before, row)) continue;
        if (before) summary.updated++;
        else summary.inserted++;
        writes.push({ ...row, created_at: before?.created_at ?? now, updated_at: now });
      }
      for (let i = 0; i < writes.length; i += BATCH) {
        await upsertRegions(trx, writes.slice(i, i + BATCH));
        onProgress?.(Math.min(i + BATCH, writes.length), writes.length);
      }
      const { code, name, ...counts } = summary;
      await recordAudit(trx, actor, {
        action: 'region.load',
        targetType: 'region',
        targetId: code,
        detail: counts,
      });
    });
    return summary;
  }

  /** One region, or undefined when the code is unknown. */
  async find(code: string): Promise<Region | undefined> {
    const row = await findRegion(this.db, code);
    return row && toRegion(row);
  }

  /** One region; an unknown code is a NOT_FOUND error with a Chinese detail. */
  async get(code: string): Promise<Region> {
    const region = await this.find(code);
    if (!region) throw notFound(code);
    return region;
  }

  /** The direct children of a region, by code. */
  async children(code: string): Promise<Region[]> {
    await this.get(code);
    return (await listChildren(this.db, code)).map(toRegion);
  }

  /** How many direct children a region has. */
  async childCount(code: string): Promise<number> {
    await this.get(code);
    return countChildren(this.db, code);
  }

  /** The prefix that every code in the region's subtree starts with (`code LIKE prefix || '%'`). */
  async subtreePrefix(code: string): Promise<string> {
    return (await this.get(code)).prefix;
  }

  /** Regions whose name, full name or code matches `q`, optionally one level or one parent's children. */
  async search(
    q: string,
    limit = 50,
    filter: { level?: RegionLevel; parent?: string } = {},
  ): Promise<Region[]> {
    const text = q.replace(/[%_\\]/g, '').trim();
    const rows = await searchRegions(this.db, { ...filter, ...(text ? { q: text } : {}) }, limit);
    return rows.map(toRegion);
  }

  /** The regions above this one, from the province down, without itself. */
  async ancestors(code: string): Promise<Region[]> {
    const { prefix } = await this.get(code);
    const above = [2, 4, 6].filter((n) => n < prefix.length).map((n) => prefix.slice(0, n));
    return (await findByPrefixes(this.db, above)).map(toRegion);
  }

  /** True when `code` is `ancestorCode` or lies beneath it; false when either is unknown. */
  async isWithin(code: string, ancestorCode: string): Promise<boolean> {
    const rows = await findRegions(this.db, [code, ancestorCode]);
    const ancestor = rows.find((r) => r.code === ancestorCode);
    return rows.some((r) => r.code === code) && ancestor !== undefined && code.startsWith(ancestor.prefix);
  }
}

/**
 * Loads Liaoning when the tree does not have it yet, so a fresh install has the demo province and
 * a restart costs one lookup. Returns what was loaded, or null when nothing was needed.
 */
export async function seedRegions(service: RegionService, actor: Actor): Promise<ProvinceLoadSummary | null> {
  if (await service.find(`${SEED_PROVINCE}0000`)) return null;
  return service.loadProvince(SEED_PROVINCE, actor);
}
