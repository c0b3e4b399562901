import {
  CampaignCheckSchema,
  CampaignCreateSchema,
  CampaignFinishSchema,
  CampaignListQuerySchema,
  CampaignSchema,
  CampaignSummarySchema,
  FindingMatterSchema,
} from '@jiandu/contracts/campaigns';
import { MatterDetailSchema } from '@jiandu/contracts/matters';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { CampaignService } from './campaigns.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const read = { access: { permission: 'matter.read' as const } };
const manage = { access: { permission: 'plan.manage' as const } };
const Params = z.object({ id: z.string().min(1).max(40) });

/** Campaigns (/api/campaigns): set up, start, record checks per agency, finish, problems → matters. */
export function registerCampaignRoutes(app: FastifyInstance, campaigns: CampaignService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['campaigns'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '专项监督 (数据范围内)',
        querystring: CampaignListQuerySchema,
        response: { 200: z.array(CampaignSummarySchema), ...errors },
      },
      config: read,
    },
    async (request) => campaigns.list(userOf(request), request.query),
  );
  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '组织专项监督',
        body: CampaignCreateSchema,
        response: { 201: CampaignSchema, ...errors },
      },
      config: manage,
    },
    async (request, reply) => reply.code(201).send(await campaigns.create(userOf(request), request.body)),
  );
  r.get(
    '/:id',
    {
      schema: { tags, summary: '专项监督详情', params: Params, response: { 200: CampaignSchema, ...errors } },
      config: read,
    },
    async (request) => campaigns.get(userOf(request), request.params.id),
  );
  r.post(
    '/:id/start',
    {
      schema: { tags, summary: '开始专项监督', params: Params, response: { 200: CampaignSchema, ...errors } },
      config: manage,
    },
    async (request) => campaigns.start(userOf(request), request.params.id),
  );
  r.post(
    '/:id/checks',
    {
      schema: {
        tags,
        summary: '记录一个单位的检查结果',
        params: Params,
        body: CampaignCheckSchema,
        response: { 200: CampaignSchema, ...errors },
      },
      config: manage,
    },
    async (request) => campaigns.check(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/finish',
    {
      schema: {
        tags,
        summary: '结束专项监督',
        params: Params,
        body: CampaignFinishSchema,
        response: { 200: CampaignSchema, ...errors },
      },
      config: manage,
    },
    async (request) => campaigns.finish(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/findings/:findingId/matter',
    {
      schema: {
        tags,
        summary: '将发现的问题转为监督事项',
        params: z.object({ findingId: z.string().min(1).max(40) }),
        body: FindingMatterSchema,
        response: { 201: MatterDetailSchema, ...errors },
      },
      config: manage,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await campaigns.findingMatter(userOf(request), request.params.findingId, request.body)),
  );
}
