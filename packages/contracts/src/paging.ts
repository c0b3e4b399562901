import { z } from 'zod';

/** Paging and sorting of every list endpoint: server-side, 1-based pages of at most 100 rows. */
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, { message: '页码须不小于1' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, { message: '每页最多100条' }).default(20),
  sort: z.string().max(40).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** A page request. */
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** A page of results. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The rows of one page plus the total count. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
