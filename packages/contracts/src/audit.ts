import { z } from 'zod';

/** Filters of the audit trail search (audit administrator). */
export const AuditQuerySchema = z.object({
  actor: z.string().trim().max(50).optional().describe('操作人 (模糊)'),
  action: z.string().trim().max(60).optional().describe('操作类型前缀, 如 auth. 或 org.update'),
  targetType: z.string().trim().max(40).optional(),
  targetId: z.string().trim().max(64).optional(),
  result: z.enum(['success', 'failure']).optional(),
  from: z.iso.datetime({ offset: true, message: '起始时间须为 ISO 8601 时间' }).optional(),
  to: z.iso.datetime({ offset: true, message: '结束时间须为 ISO 8601 时间' }).optional(),
});

/** One audit trail entry. */
export const AuditEventSchema = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    orgId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    result: z.enum(['success', 'failure']),
    detail: z.unknown(),
  })
  .meta({ id: 'AuditEvent' });

/** The result of walking the hash chain. */
export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  message: z.string(),
});
