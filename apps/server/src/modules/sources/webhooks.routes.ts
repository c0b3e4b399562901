import { pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import {
  SourceDeliveriesQuerySchema,
  SourceDeliverySchema,
  SourceSystemSchema,
  SourceWebhookSecretSchema,
  SourceWebhookSetSchema,
} from '@jiandu/contracts/sources';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { SourceService } from './sources.service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const changeErrors = { ...errors, 409: ProblemSchema };
const read = { access: { permission: 'source.read' } } as const;
const write = { access: { permission: 'source.write' } } as const;
const params = z.object({ id: z.string() });

/**
 * A source's webhook (address, secret, test message) and the deliveries to it, for the system
 * administrator and the integrator checking their receiver.
 */
export function registerWebhookRoutes(app: FastifyInstance, sources: SourceService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sources'];
  r.put(
    '/:id/webhook',
    {
      schema: {
        tags,
        summary: '设置接收地址 (Webhook) 并生成签名密钥 (密钥只显示一次)',
        params,
        body: SourceWebhookSetSchema,
        response: { 200: SourceWebhookSecretSchema, ...changeErrors },
      },
      config: write,
    },
    async (request) => sources.setWebhook(userOf(request), request.params.id, request.body.url),
  );
  r.delete(
    '/:id/webhook',
    {
      schema: { tags, summary: '清除接收地址', params, response: { 200: SourceSystemSchema, ...errors } },
      config: write,
    },
    async (request) => sources.clearWebhook(userOf(request), request.params.id),
  );
  r.post(
    '/:id/webhook/rotate',
    {
      schema: {
        tags,
        summary: '重新生成签名密钥 (旧密钥立即失效, 新密钥只显示一次)',
        params,
        response: { 200: SourceWebhookSecretSchema, ...changeErrors },
      },
      config: write,
    },
    async (request) => sources.rotateWebhookSecret(userOf(request), request.params.id),
  );
  r.post(
    '/:id/webhook/test',
    {
      schema: {
        tags,
        summary: '发送测试消息 (topic 为 ping), 供对接方检查签名校验',
        params,
        response: { 202: SourceDeliverySchema, ...changeErrors },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(202).send(await sources.sendTestMessage(userOf(request), request.params.id)),
  );
  r.get(
    '/:id/deliveries',
    {
      schema: {
        tags,
        summary: '投递记录 (最新在前, 分页, 可按状态筛选)',
        params,
        querystring: SourceDeliveriesQuerySchema,
        response: { 200: pageOf(SourceDeliverySchema), ...errors },
      },
      config: read,
    },
    async (request) => sources.deliveries(request.params.id, request.query),
  );
  r.post(
    '/deliveries/:messageId/retry',
    {
      schema: {
        tags,
        summary: '立即重新投递 (限待投递或已放弃的消息)',
        params: z.object({ messageId: z.string() }),
        response: { 200: SourceDeliverySchema, ...changeErrors },
      },
      config: write,
    },
    async (request) => sources.retryDelivery(userOf(request), request.params.messageId),
  );
}
