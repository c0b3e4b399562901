import { ENFORCEMENT_FIELDS } from '@jiandu/contracts/fields';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import {
  TALENT_LEVEL_LABELS,
  TALENT_SOURCE_LABELS,
  TALENT_STATUS_LABELS,
  TalentCreateSchema,
  TalentListQuerySchema,
  TalentSchema,
  TalentUpdateSchema,
} from '@jiandu/contracts/people';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import { peopleErrors } from './supervisors.routes.ts';
import type { TalentPoolService } from './talents.service.ts';

const IdParams = z.object({ id: z.string().min(1) });
const tags = ['people'];
const read = { access: { permission: 'pool.read' as const } };
const write = { access: { permission: 'pool.write' as const } };

/** Talent pool routes: list, export, read, add, edit. */
export function registerTalentRoutes(app: FastifyInstance, talents: TalentPoolService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/talents',
    {
      schema: {
        tags,
        summary: '人才库列表 (数据范围内)',
        querystring: TalentListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(TalentSchema), ...peopleErrors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return talents.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/talents/export',
    { schema: { tags, summary: '导出人才库 (xlsx)', querystring: TalentListQuerySchema }, config: read },
    async (request, reply) => {
      const rows = await talents.listAll(userOf(request), request.query);
      return sendXlsx(
        reply,
        '人才库',
        [
          { header: '姓名', value: (x) => x.name },
          { header: '所在单位', width: 30, value: (x) => x.orgName },
          {
            header: '专业领域',
            width: 28,
            value: (x) => x.fields.map((f) => ENFORCEMENT_FIELDS[f]).join('、'),
          },
          { header: '特长', width: 40, value: (x) => x.skills },
          { header: '入库方式', width: 12, value: (x) => TALENT_SOURCE_LABELS[x.source] },
          { header: '层级', width: 8, value: (x) => TALENT_LEVEL_LABELS[x.level] },
          { header: '入库日期', width: 12, value: (x) => x.entryDate },
          { header: '状态', width: 8, value: (x) => TALENT_STATUS_LABELS[x.status] },
          { header: '备注', width: 30, value: (x) => x.note },
        ],
        rows,
      );
    },
  );

  r.get(
    '/talents/:id',
    {
      schema: {
        tags,
        summary: '人才库记录详情',
        params: IdParams,
        response: { 200: TalentSchema, ...peopleErrors },
      },
      config: read,
    },
    async (request) => talents.get(userOf(request), request.params.id),
  );

  r.post(
    '/talents',
    {
      schema: {
        tags,
        summary: '人员入库',
        body: TalentCreateSchema,
        response: { 201: TalentSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await talents.create(userOf(request), request.body)),
  );

  r.patch(
    '/talents/:id',
    {
      schema: {
        tags,
        summary: '修改人才库记录 (含退出)',
        params: IdParams,
        body: TalentUpdateSchema,
        response: { 200: TalentSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request) => talents.update(userOf(request), request.params.id, request.body),
  );
}
