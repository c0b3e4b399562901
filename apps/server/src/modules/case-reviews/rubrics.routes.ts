import { DEFAULT_RUBRIC } from '@jiandu/contracts/case-review-labels';
import {
  RubricContentSchema,
  RubricCreateSchema,
  RubricListQuerySchema,
  RubricSchema,
  RubricUpdateSchema,
} from '@jiandu/contracts/case-reviews';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import { IdParams, manageAccess, readAccess, reviewErrors, tags } from './route-common.ts';
import type { RubricService } from './rubrics.service.ts';

/** Rubrics (评查标准): list, the system default, one rubric, create, edit while unused, new version. */
export function registerRubricRoutes(app: FastifyInstance, rubrics: RubricService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/rubrics',
    {
      schema: {
        tags,
        summary: '评查标准 (数据范围内的司法行政机关制定的)',
        querystring: RubricListQuerySchema,
        response: { 200: z.array(RubricSchema), ...reviewErrors },
      },
      config: readAccess,
    },
    async (request) => rubrics.list(userOf(request), request.query.orgId),
  );
  r.get(
    '/rubrics/default',
    {
      schema: {
        tags,
        summary: '系统默认评查标准 (9项否决项, 卷面20分, 内容80分)',
        response: { 200: RubricContentSchema, ...reviewErrors },
      },
      config: readAccess,
    },
    async () => DEFAULT_RUBRIC,
  );
  r.get(
    '/rubrics/:id',
    {
      schema: {
        tags,
        summary: '评查标准详情',
        params: IdParams,
        response: { 200: RubricSchema, ...reviewErrors },
      },
      config: readAccess,
    },
    async (request) => rubrics.get(userOf(request), request.params.id),
  );
  r.post(
    '/rubrics',
    {
      schema: {
        tags,
        summary: '制定评查标准',
        body: RubricCreateSchema,
        response: { 201: RubricSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request, reply) => reply.code(201).send(await rubrics.create(userOf(request), request.body)),
  );
  r.put(
    '/rubrics/:id',
    {
      schema: {
        tags,
        summary: '修改尚未被评查批次使用的评查标准 (已使用的返回409)',
        params: IdParams,
        body: RubricUpdateSchema,
        response: { 200: RubricSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => rubrics.update(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/rubrics/:id/versions',
    {
      schema: {
        tags,
        summary: '以该评查标准为基础建立新版本',
        params: IdParams,
        body: RubricUpdateSchema,
        response: { 201: RubricSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request, reply) =>
      reply.code(201).send(await rubrics.newVersion(userOf(request), request.params.id, request.body)),
  );
}
