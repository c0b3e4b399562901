import {
  ImportResultSchema,
  ORG_KIND_LABELS,
  OrgCreateSchema,
  OrgListQuerySchema,
  OrgMoveSchema,
  OrgSchema,
  OrgUpdateSchema,
} from '@jiandu/contracts/orgs';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { OrgService } from './orgs.service.ts';
import { importOrgs, importTemplate, readUpload } from './orgs-import.ts';

const IdParams = z.object({ id: z.string().min(1) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Org tree routes: list, read, create, edit, move, disable, import, export. */
export function registerOrgRoutes(app: FastifyInstance, orgs: OrgService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: { permission: 'org.read' as const } };
  const write = { access: { permission: 'org.write' as const } };

  r.get(
    '/',
    {
      schema: {
        tags: ['orgs'],
        summary: '单位列表 (数据范围内)',
        querystring: OrgListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(OrgSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return orgs.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/export',
    {
      schema: { tags: ['orgs'], summary: '导出单位 (xlsx)', querystring: OrgListQuerySchema },
      config: read,
    },
    async (request, reply) => {
      const rows = await orgs.listAll(userOf(request), request.query);
      return sendXlsx(
        reply,
        '单位列表',
        [
          { header: '单位名称', width: 36, value: (o) => o.name },
          { header: '简称', value: (o) => o.shortName },
          { header: '单位类型', width: 24, value: (o) => ORG_KIND_LABELS[o.kind] },
          { header: '行政区划代码', value: (o) => o.regionCode },
          { header: '行政区划', width: 30, value: (o) => o.regionName },
          { header: '统一社会信用代码', width: 22, value: (o) => o.creditCode },
          { header: '状态', value: (o) => (o.status === 'active' ? '在用' : '停用') },
        ],
        rows,
      );
    },
  );

  r.get(
    '/import-template',
    {
      schema: { tags: ['orgs'], summary: '下载单位导入模板 (xlsx)' },
      config: write,
    },
    async (_request, reply) => sendXlsx(reply, '单位导入模板', null, await importTemplate()),
  );

  r.post(
    '/import',
    {
      schema: {
        tags: ['orgs'],
        summary: '导入单位 (xlsx 或 csv 作为请求体); 正确的行保存, 错误的行逐行说明',
        querystring: z.object({ parentId: z.string().optional() }),
        response: { 200: ImportResultSchema, ...errors },
      },
      config: write,
      bodyLimit: 10 * 1024 * 1024,
    },
    async (request) => {
      const rows = await readUpload(request.body as Buffer, String(request.headers['content-type'] ?? ''));
      return importOrgs(orgs, userOf(request), rows, request.query.parentId ?? null);
    },
  );

  r.get(
    '/:id',
    {
      schema: {
        tags: ['orgs'],
        summary: '单位详情',
        params: IdParams,
        response: { 200: OrgSchema, ...errors },
      },
      config: read,
    },
    async (request) => orgs.get(userOf(request), request.params.id),
  );

  r.post(
    '/',
    {
      schema: {
        tags: ['orgs'],
        summary: '新建单位',
        body: OrgCreateSchema,
        response: { 201: OrgSchema, ...errors },
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await orgs.create(userOf(request), request.body)),
  );

  r.patch(
    '/:id',
    {
      schema: {
        tags: ['orgs'],
        summary: '修改单位',
        params: IdParams,
        body: OrgUpdateSchema,
        response: { 200: OrgSchema, ...errors },
      },
      config: write,
    },
    async (request) => orgs.update(userOf(request), request.params.id, request.body),
  );

  r.post(
    '/:id/move',
    {
      schema: {
        tags: ['orgs'],
        summary: '移动单位 (连同下级)',
        params: IdParams,
        body: OrgMoveSchema,
        response: { 200: OrgSchema, ...errors },
      },
      config: write,
    },
    async (request) => orgs.move(userOf(request), request.params.id, request.body.parentId),
  );

  r.post(
    '/:id/disable',
    {
      schema: {
        tags: ['orgs'],
        summary: '停用单位',
        params: IdParams,
        response: { 200: OrgSchema, ...errors },
      },
      config: write,
    },
    async (request) => orgs.setStatus(userOf(request), request.params.id, 'disabled'),
  );

  r.post(
    '/:id/enable',
    {
      schema: {
        tags: ['orgs'],
        summary: '启用单位',
        params: IdParams,
        response: { 200: OrgSchema, ...errors },
      },
      config: write,
    },
    async (request) => orgs.setStatus(userOf(request), request.params.id, 'active'),
  );
}
