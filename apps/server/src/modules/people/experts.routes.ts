import { ENFORCEMENT_FIELDS } from '@jiandu/contracts/fields';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import {
  EligibleExpertsQuerySchema,
  EXPERT_AVAILABILITY_LABELS,
  ExpertConflictCreateSchema,
  ExpertCreateSchema,
  ExpertListQuerySchema,
  ExpertSchema,
  ExpertUpdateSchema,
} from '@jiandu/contracts/people';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { ExpertPoolService } from './experts.service.ts';
import { peopleErrors } from './supervisors.routes.ts';

const IdParams = z.object({ id: z.string().min(1) });
const tags = ['people'];
const read = { access: { permission: 'pool.read' as const } };
const write = { access: { permission: 'pool.write' as const } };

/** Expert pool routes: list, export, eligible experts for a review, read, add, edit, conflicts. */
export function registerExpertRoutes(app: FastifyInstance, experts: ExpertPoolService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/experts',
    {
      schema: {
        tags,
        summary: '专家库列表 (数据范围内)',
        querystring: ExpertListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(ExpertSchema), ...peopleErrors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return experts.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/experts/export',
    { schema: { tags, summary: '导出专家库 (xlsx)', querystring: ExpertListQuerySchema }, config: read },
    async (request, reply) => {
      const rows = await experts.listAll(userOf(request), request.query);
      return sendXlsx(
        reply,
        '专家库',
        [
          { header: '姓名', value: (e) => e.name },
          { header: '身份证号', width: 22, value: (e) => e.idNumber },
          { header: '联系电话', value: (e) => e.phone },
          { header: '工作单位', width: 30, value: (e) => e.employer },
          { header: '职称', value: (e) => e.title },
          {
            header: '专业领域',
            width: 30,
            value: (e) => e.fields.map((f) => ENFORCEMENT_FIELDS[f]).join('、'),
          },
          { header: '专长', width: 36, value: (e) => e.specialty },
          {
            header: '可参加情况',
            width: 20,
            value: (e) =>
              `${EXPERT_AVAILABILITY_LABELS[e.availability]}${e.busyUntil ? ` (至${e.busyUntil})` : ''}`,
          },
          {
            header: '需回避单位',
            width: 40,
            value: (e) => e.conflicts.map((c) => `${c.orgName}(${c.reason}, 自${c.since})`).join('; '),
          },
          { header: '管理单位', width: 24, value: (e) => e.orgName },
        ],
        rows,
      );
    },
  );

  r.get(
    '/experts/eligible',
    {
      schema: {
        tags,
        summary: '可参加某单位某领域评查的专家 (可参加、领域相符、无回避)',
        querystring: EligibleExpertsQuerySchema,
        response: { 200: z.array(ExpertSchema), ...peopleErrors },
      },
      config: read,
    },
    async (request) => experts.eligible(userOf(request), request.query),
  );

  r.get(
    '/experts/:id',
    {
      schema: {
        tags,
        summary: '专家详情',
        params: IdParams,
        response: { 200: ExpertSchema, ...peopleErrors },
      },
      config: read,
    },
    async (request) => experts.get(userOf(request), request.params.id),
  );

  r.post(
    '/experts',
    {
      schema: {
        tags,
        summary: '新增专家',
        body: ExpertCreateSchema,
        response: { 201: ExpertSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await experts.create(userOf(request), request.body)),
  );

  r.patch(
    '/experts/:id',
    {
      schema: {
        tags,
        summary: '修改专家 (含可参加情况)',
        params: IdParams,
        body: ExpertUpdateSchema,
        response: { 200: ExpertSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request) => experts.update(userOf(request), request.params.id, request.body),
  );

  r.post(
    '/experts/:id/conflicts',
    {
      schema: {
        tags,
        summary: '登记需回避的单位',
        params: IdParams,
        body: ExpertConflictCreateSchema,
        response: { 201: ExpertSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await experts.addConflict(userOf(request), request.params.id, request.body)),
  );

  r.delete(
    '/experts/:id/conflicts/:conflictId',
    {
      schema: {
        tags,
        summary: '撤销回避登记',
        params: IdParams.extend({ conflictId: z.string().min(1) }),
        response: { 200: ExpertSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request) => experts.removeConflict(userOf(request), request.params.id, request.params.conflictId),
  );
}
