import { MatterDetailSchema } from '@jiandu/contracts/matters';
import { ProblemSchema } from '@jiandu/contracts/problem';
import {
  PlanConcludeSchema,
  PlanCreateSchema,
  PlanFiguresSchema,
  PlanListQuerySchema,
  PlanMidyearSchema,
  PlanSchema,
  PlanTaskInputSchema,
  PlanUpdateSchema,
  TaskMatterSchema,
  TaskProgressSchema,
} from '@jiandu/contracts/supervision-plans';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { PlanService } from './plans.service.ts';

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
const TaskParams = z.object({ taskId: z.string().min(1).max(40) });

/** Annual supervision plans (/api/supervision-plans): tasks, issue, mid-year check, year-end summary. */
export function registerPlanRoutes(app: FastifyInstance, plans: PlanService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision-plans'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '年度监督计划 (数据范围内)',
        querystring: PlanListQuerySchema,
        response: { 200: z.array(PlanSchema), ...errors },
      },
      config: read,
    },
    async (request) => plans.list(userOf(request), request.query),
  );
  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '制定年度监督计划 (每个机关每年一份)',
        body: PlanCreateSchema,
        response: { 201: PlanSchema, ...errors },
      },
      config: manage,
    },
    async (request, reply) => reply.code(201).send(await plans.create(userOf(request), request.body)),
  );
  r.get(
    '/:id',
    {
      schema: { tags, summary: '年度监督计划详情', params: Params, response: { 200: PlanSchema, ...errors } },
      config: read,
    },
    async (request) => plans.get(userOf(request), request.params.id),
  );
  r.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: '修改计划名称与总体安排',
        params: Params,
        body: PlanUpdateSchema,
        response: { 200: PlanSchema, ...errors },
      },
      config: manage,
    },
    async (request) => plans.update(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/tasks',
    {
      schema: {
        tags,
        summary: '添加计划任务',
        params: Params,
        body: PlanTaskInputSchema,
        response: { 200: PlanSchema, ...errors },
      },
      config: manage,
    },
    async (request) => plans.addTask(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/publish',
    {
      schema: {
        tags,
        summary: '印发计划 (年初方案)',
        params: Params,
        response: { 200: PlanSchema, ...errors },
      },
      config: manage,
    },
    async (request) => plans.publish(userOf(request), request.params.id),
  );
  r.post(
    '/:id/midyear',
    {
      schema: {
        tags,
        summary: '年中检查 (年中督促)',
        params: Params,
        body: PlanMidyearSchema,
        response: { 200: PlanSchema, ...errors },
      },
      config: manage,
    },
    async (request) => plans.midyear(userOf(request), request.params.id, request.body),
  );
  r.get(
    '/:id/figures',
    {
      schema: {
        tags,
        summary: '年度数据 (监督事项、文书、预警、专项监督、计划任务)',
        params: Params,
        response: { 200: PlanFiguresSchema, ...errors },
      },
      config: read,
    },
    async (request) => plans.figures(userOf(request), request.params.id),
  );
  r.post(
    '/:id/conclude',
    {
      schema: {
        tags,
        summary: '形成年终总结 (生成 PDF 与 DOCX)',
        params: Params,
        body: PlanConcludeSchema,
        response: { 200: PlanSchema, ...errors },
      },
      config: manage,
    },
    async (request) => plans.conclude(userOf(request), request.params.id, request.body),
  );
  r.get(
    '/:id/report.:format',
    {
      schema: {
        tags,
        summary: '下载年终总结',
        params: Params.extend({ format: z.enum(['pdf', 'docx'], { message: '格式应为 pdf 或 docx' }) }),
      },
      config: read,
    },
    async (request, reply) => {
      const file = await plans.report(userOf(request), request.params.id, request.params.format);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="report.${request.params.format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .type(file.contentType)
        .send(file.stream);
    },
  );
  r.post(
    '/tasks/:taskId/progress',
    {
      schema: {
        tags,
        summary: '更新计划任务进展',
        params: TaskParams,
        body: TaskProgressSchema,
        response: { 200: PlanSchema, ...errors },
      },
      config: manage,
    },
    async (request) => plans.progress(userOf(request), request.params.taskId, request.body),
  );
  r.post(
    '/tasks/:taskId/matters',
    {
      schema: {
        tags,
        summary: '由计划任务立项监督事项',
        params: TaskParams,
        body: TaskMatterSchema,
        response: { 201: MatterDetailSchema, ...errors },
      },
      config: manage,
    },
    async (request, reply) =>
      reply.code(201).send(await plans.taskMatter(userOf(request), request.params.taskId, request.body)),
  );
}
