import { z } from 'zod';

/** A registered enforcement platform (数据来源系统). The token itself is never shown again after creation. */
export const SourceSystemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    tokenPrefix: z.string(),
    orgs: z.array(z.object({ id: z.string(), name: z.string(), creditCode: z.string().nullable() })),
    createdAt: z.string(),
    createdBy: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    lastUsedIp: z.string().nullable(),
  })
  .meta({ id: 'SourceSystem' });

/** Registering a source system. */
export const SourceCreateSchema = z.object({
  name: z.string().trim().min(2, { message: '名称至少2个字' }).max(100),
  orgIds: z.array(z.string().min(1)).min(1, { message: '至少绑定一个单位' }).max(500),
});

export type SourceSystem = z.infer<typeof SourceSystemSchema>;
