import { z } from 'zod';

/** The four GB/T 2260 levels Jiandu keeps, from 省 down to 乡镇/街道. */
export const RegionLevelSchema = z
  .enum(['province', 'city', 'county', 'township'])
  .describe('层级: province 省级, city 地级, county 县级, township 乡级 (乡、镇、街道)');

/** An official region code: 6 digits down to county level, 9 digits for a township or street. */
export const RegionCodeSchema = z
  .string()
  .regex(/^(\d{6}|\d{9})$/, { message: '行政区划代码应为6位或9位数字' })
  .meta({ example: '210102' });

const regionFields = z.object({
  code: RegionCodeSchema.describe('行政区划代码'),
  name: z.string().describe('名称, 如 和平区'),
  level: RegionLevelSchema,
  parentCode: RegionCodeSchema.nullable().describe('上级区划代码, 省级为 null'),
  prefix: z
    .string()
    .describe('代码前缀 (省2位, 市4位, 县6位, 乡9位): 下级区划的代码都以它开头, 按区划筛选数据时用它'),
  fullName: z.string().describe('全称, 如 辽宁省沈阳市和平区'),
});

/** One region as the API shows it. */
export const RegionSchema = regionFields.meta({ id: 'Region' });

/** A region with the chain above it, so a client can show a breadcrumb without more calls. */
export const RegionDetailSchema = regionFields
  .extend({
    ancestors: z.array(RegionSchema).describe('上级区划, 自省级起依次向下, 不含自身'),
    childCount: z.number().int().describe('直接下级的数量'),
  })
  .meta({ id: 'RegionDetail' });

/** A list of regions (children or search results), ordered by code. */
export const RegionListSchema = z.object({ items: z.array(RegionSchema) }).meta({ id: 'RegionList' });

/** Path parameters of the region endpoints. */
export const RegionParamsSchema = z.object({ code: RegionCodeSchema.describe('行政区划代码') });

/** Query of the region search: every filter is optional; at most 50 results come back. */
export const RegionSearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(50, { message: '检索词不能超过50个字' })
    .optional()
    .describe('名称、全称的一部分, 或代码的开头'),
  level: RegionLevelSchema.optional(),
  parent: RegionCodeSchema.optional().describe('只看此区划的直接下级'),
});

export type RegionLevel = z.infer<typeof RegionLevelSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type RegionDetail = z.infer<typeof RegionDetailSchema>;
export type RegionList = z.infer<typeof RegionListSchema>;
export type RegionSearchQuery = z.infer<typeof RegionSearchQuerySchema>;
