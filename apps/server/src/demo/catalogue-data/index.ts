import type { BenchmarkContent, ItemContent } from '@jiandu/contracts/catalogue';
import { EMERGENCY_TEMPLATES } from './emergency.ts';
import { EMERGENCY_POWER_TEMPLATES } from './emergency-powers.ts';
import { ENVIRONMENT_TEMPLATES } from './environment.ts';
import { ENVIRONMENT_POWER_TEMPLATES } from './environment-powers.ts';
import { MARKET_TEMPLATES } from './market.ts';
import { MARKET_FOOD_TEMPLATES } from './market-food.ts';
import { MARKET_FOOD_DUTY_TEMPLATES } from './market-food-duties.ts';
import { MARKET_POWER_TEMPLATES } from './market-powers.ts';
import { MARKET_REGISTRATION_TEMPLATES } from './market-registration.ts';
import { TRANSPORT_TEMPLATES } from './transport.ts';
import { TRANSPORT_HIGHWAY_TEMPLATES } from './transport-highway.ts';
import { TRANSPORT_OPERATION_TEMPLATES } from './transport-operations.ts';
import { URBAN_TEMPLATES } from './urban.ts';
import { URBAN_POWER_TEMPLATES } from './urban-powers.ts';

/*
 * The demo item catalogue (执法事项目录) and discretion benchmarks (行政裁量权基准) as plain data,
 * drawn from real laws in force in Liaoning. The seed turns each template into one item per demo
 * agency of the listed kinds and levels, with its versions, benchmark versions and history.
 */

/** The kind of demo agency that holds an item: 市场监管, 生态环境, 交通运输, 应急管理, 城管执法. */
export type HolderKey = 'scjg' | 'sthj' | 'jtys' | 'yjgl' | 'cgzf';

/** The level of the holding agencies. */
export type HolderLevel = 'province' | 'city' | 'district';

/** One version of a benchmark, in force from its date until the next one. */
export interface BenchmarkTemplate {
  effectiveFrom: string;
  reason: string;
  content: BenchmarkContent;
}

/** One catalogue item with its history: later versions, benchmarks, withdrawal and pending draft. */
export interface ItemTemplate {
  /** Unique across all templates: field-kind-number, e.g. 'SJ-CF-0122'. */
  code: string;
  holders: HolderKey[];
  levels: HolderLevel[];
  /** First published: years before the demo's today and not before the law's in-force date. */
  effectiveFrom: string;
  /** 调整原因 of the first version. */
  reason: string;
  content: ItemContent;
  /** Later item versions, oldest first (e.g. after a law revision). */
  revisions?: { effectiveFrom: string; reason: string; content: ItemContent }[];
  /** Oldest first; each later one supersedes the earlier from its effectiveFrom. */
  benchmarks?: BenchmarkTemplate[];
  /** Taken out of the catalogue: the first day no longer in force, and why. */
  withdrawn?: { effectiveDate: string; reason: string };
  /** A new version being drafted (submitted: false) or awaiting review (submitted: true). */
  pendingRevision?: { reason: string; content: ItemContent; submitted: boolean };
}

/** Every demo template, by field: 市场监管, 生态环境, 交通运输, 应急管理, 城市管理. */
export const ITEM_TEMPLATES: readonly ItemTemplate[] = [
  ...MARKET_FOOD_TEMPLATES,
  ...MARKET_FOOD_DUTY_TEMPLATES,
  ...MARKET_TEMPLATES,
  ...MARKET_REGISTRATION_TEMPLATES,
  ...MARKET_POWER_TEMPLATES,
  ...ENVIRONMENT_TEMPLATES,
  ...ENVIRONMENT_POWER_TEMPLATES,
  ...TRANSPORT_TEMPLATES,
  ...TRANSPORT_OPERATION_TEMPLATES,
  ...TRANSPORT_HIGHWAY_TEMPLATES,
  ...EMERGENCY_TEMPLATES,
  ...EMERGENCY_POWER_TEMPLATES,
  ...URBAN_TEMPLATES,
  ...URBAN_POWER_TEMPLATES,
];
