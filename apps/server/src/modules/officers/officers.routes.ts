import {
  OfficerCreateSchema,
  OfficerListQuerySchema,
  OfficerSchema,
  OfficerUpdateSchema,
} from '@jiandu/contracts/officers';
import { ImportResultSchema } from '@jiandu/contracts/orgs';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { OfficerService } from './officers.service.ts';
import { OFFICER_COLUMNS } from './officers-export.ts';
import { importTemplate, readUpload } from './officers-import.ts';

/** The id in `/:id` paths. */
export const IdParams = z.object({ id: z.string().min(1) });

/** The problem responses officer routes may give. */
export const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Officer routes: list, export, import (with template), register, read, edit, photo. */
export function registerOfficerRoutes(app: FastifyInstance, officers: OfficerService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: { permission: 'officer.read' as const } };
  const write = { access: { permission: 'officer.write' as const } };

  r.get(
    '/',
    {
      schema: {
        tags: ['officers'],
        summary: '执法人员列表 (数据范围内)',
        querystring: OfficerListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(OfficerSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return officers.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/export',
    {
      schema: { tags: ['officers'], summary: '导出执法人员 (xlsx)', querystring: OfficerListQuerySchema },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(reply, '执法人员', OFFICER_COLUMNS, await officers.listAll(userOf(request), request.query)),
  );

  r.get(
    '/import-template',
    { schema: { tags: ['officers'], summary: '下载执法人员导入模板 (xlsx, 含填写说明)' }, config: write },
    async (_request, reply) => sendXlsx(reply, '执法人员导入模板', null, await importTemplate()),
  );

  r.post(
    '/import',
    {
      schema: {
        tags: ['officers'],
        summary: '导入执法人员 (xlsx 或 csv 作为请求体); 正确的行保存, 错误的行逐行说明',
        response: { 200: ImportResultSchema, ...errors },
      },
      config: write,
      bodyLimit: 10 * 1024 * 1024,
    },
    async (request) => {
      const rows = await readUpload(request.body as Buffer, String(request.headers['content-type'] ?? ''));
      return officers.import(userOf(request), rows);
    },
  );

  r.post(
    '/',
    {
      schema: {
        tags: ['officers'],
        summary: '登记执法人员',
        body: OfficerCreateSchema,
        response: { 201: OfficerSchema, ...errors },
      },
      config: write,
      bodyLimit: 512 * 1024,
    },
    async (request, reply) => reply.code(201).send(await officers.create(userOf(request), request.body)),
  );

  r.get(
    '/:id',
    {
      schema: {
        tags: ['officers'],
        summary: '执法人员详情',
        params: IdParams,
        response: { 200: OfficerSchema, ...errors },
      },
      config: read,
    },
    async (request) => officers.get(userOf(request), request.params.id),
  );

  r.patch(
    '/:id',
    {
      schema: {
        tags: ['officers'],
        summary: '修改执法人员信息 (调动请用调动功能)',
        params: IdParams,
        body: OfficerUpdateSchema,
        response: { 200: OfficerSchema, ...errors },
      },
      config: write,
      bodyLimit: 512 * 1024,
    },
    async (request) => officers.update(userOf(request), request.params.id, request.body),
  );

  r.get(
    '/:id/photo',
    { schema: { tags: ['officers'], summary: '执法人员照片', params: IdParams }, config: read },
    async (request, reply) => {
      const photo = await officers.photo(userOf(request), request.params.id);
      return reply.header('cache-control', 'private, max-age=300').type(photo.type).send(photo.body);
    },
  );
}
