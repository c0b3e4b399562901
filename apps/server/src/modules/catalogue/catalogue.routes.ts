import {
  ITEM_SORTS,
  ItemCreateSchema,
  ItemDetailSchema,
  ItemListQuerySchema,
  ItemSummarySchema,
} from '@jiandu/contracts/catalogue';
import { ItemOnQuerySchema, ItemOnSchema } from '@jiandu/contracts/catalogue-evaluation';
import { ImportResultSchema } from '@jiandu/contracts/orgs';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import type { Permission } from '@jiandu/contracts/permissions';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { readImportTable } from '../../platform/files/import-table.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { CatalogueService } from './catalogue.service.ts';
import { registerItemWorkflowRoutes } from './catalogue-workflow.routes.ts';
import { ITEM_EXPORT_COLUMNS } from './items-export.ts';
import { ITEM_IMPORT_COLUMNS, itemImportTemplate } from './items-import.ts';

const ItemParams = z.object({ id: z.string().min(1) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Console routes of the item catalogue: list, export, import, detail, the date check and the workflow. */
export function registerItemRoutes(app: FastifyInstance, catalogue: CatalogueService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const access = (permission: Permission) => ({ access: { permission } });

  r.get(
    '/',
    {
      schema: {
        tags: ['catalogue'],
        summary: '执法事项目录 (数据范围内)',
        querystring: ItemListQuerySchema.extend(PageQuerySchema.shape).extend({
          sort: z.enum(ITEM_SORTS).optional(),
        }),
        response: { 200: pageOf(ItemSummarySchema), ...errors },
      },
      config: access('item.read'),
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return catalogue.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/export',
    {
      schema: {
        tags: ['catalogue'],
        summary: '导出执法事项目录 (xlsx, 可修改后导入)',
        querystring: ItemListQuerySchema,
      },
      config: access('item.read'),
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        '执法事项目录',
        ITEM_EXPORT_COLUMNS,
        await catalogue.listAll(userOf(request), request.query),
      ),
  );

  r.get(
    '/import-template',
    {
      schema: { tags: ['catalogue'], summary: '下载执法事项导入模板 (xlsx, 含填写说明)' },
      config: access('item.write'),
    },
    async (_request, reply) => sendXlsx(reply, '执法事项导入模板', null, await itemImportTemplate()),
  );

  r.post(
    '/import',
    {
      schema: {
        tags: ['catalogue'],
        summary: '导入执法事项 (xlsx 或 csv 作为请求体) 为草稿; 正确的行保存, 错误的行逐行说明',
        response: { 200: ImportResultSchema, ...errors },
      },
      config: access('item.write'),
      bodyLimit: 10 * 1024 * 1024,
    },
    async (request) => {
      const rows = await readImportTable(
        request.body as Buffer,
        String(request.headers['content-type'] ?? ''),
        ITEM_IMPORT_COLUMNS,
      );
      return catalogue.import(userOf(request), rows);
    },
  );

  r.post(
    '/',
    {
      schema: {
        tags: ['catalogue'],
        summary: '新增执法事项 (草稿)',
        body: ItemCreateSchema,
        response: { 201: ItemDetailSchema, ...errors },
      },
      config: access('item.write'),
    },
    async (request, reply) => reply.code(201).send(await catalogue.create(userOf(request), request.body)),
  );

  r.get(
    '/on',
    {
      schema: {
        tags: ['catalogue'],
        summary: '某日某事项是否在执法主体的事项目录中',
        querystring: ItemOnQuerySchema,
        response: { 200: ItemOnSchema, ...errors },
      },
      config: access('item.read'),
    },
    async (request) => catalogue.itemOn(request.query),
  );

  r.get(
    '/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: '执法事项详情: 各版本、裁量基准各版本与调整记录',
        params: ItemParams,
        response: { 200: ItemDetailSchema, ...errors },
      },
      config: access('item.read'),
    },
    async (request) => catalogue.detail(userOf(request), request.params.id),
  );

  registerItemWorkflowRoutes(app, catalogue);
}
