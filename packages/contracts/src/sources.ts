import { z } from 'zod';
import { PageQuerySchema } from './paging.ts';

/** A source's webhook: where Jiandu POSTs the messages meant for it. The secret is never shown again. */
export const SourceWebhookSchema = z
  .object({
    url: z.string(),
    updatedAt: z.string().describe('地址或密钥最近一次变更的时间'),
  })
  .meta({ id: 'SourceWebhook' });

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
    webhook: SourceWebhookSchema.nullable().describe('未设置接收地址时为 null'),
  })
  .meta({ id: 'SourceSystem' });

/** Registering a source system. */
export const SourceCreateSchema = z.object({
  name: z.string().trim().min(2, { message: '名称至少2个字' }).max(100),
  orgIds: z.array(z.string().min(1)).min(1, { message: '至少绑定一个单位' }).max(500),
});

/** Setting a source's webhook address: an absolute http(s) URL without credentials in it. */
export const SourceWebhookSetSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, { message: '地址过长' })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
        } catch {
          return false;
        }
      },
      { message: '须为 http:// 或 https:// 开头的完整地址, 且不含用户名密码' },
    ),
});

/** The answer when a webhook secret is generated: the only time the secret is visible. */
export const SourceWebhookSecretSchema = z.object({
  source: SourceSystemSchema,
  secret: z.string().describe('签名密钥, 只显示这一次'),
});

/** Where a delivery is: 待投递, 投递中, 已送达, 已放弃. */
export const DeliveryStatusSchema = z.enum(['pending', 'delivering', 'delivered', 'dead']);

/** One message for a source's webhook, with how its delivery is going. The payload is not shown. */
export const SourceDeliverySchema = z
  .object({
    id: z.string(),
    topic: z.string().describe('消息类型, 如 ping、warning.created'),
    idempotencyKey: z.string(),
    status: DeliveryStatusSchema,
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    nextAttemptAt: z.string().nullable().describe('待投递时为下次尝试时间'),
    lastAttemptAt: z.string().nullable(),
    lastHttpStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SourceDelivery' });

/** Query of a source's deliveries: optionally one status, paged, newest first. */
export const SourceDeliveriesQuerySchema = PageQuerySchema.pick({ page: true, pageSize: true }).extend({
  status: DeliveryStatusSchema.optional(),
});

export type SourceSystem = z.infer<typeof SourceSystemSchema>;
export type SourceWebhookSecret = z.infer<typeof SourceWebhookSecretSchema>;
export type SourceDelivery = z.infer<typeof SourceDeliverySchema>;
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;
