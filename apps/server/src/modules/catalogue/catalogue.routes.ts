import {
  BenchmarkDraftSchema,
  ITEM_SORTS,
  ItemCreateSchema,
  ItemDetailSchema,
  ItemDraftSchema,
  ItemListQuerySchema,
  ItemOnQuerySchema,
  ItemOnSchema,
  ItemSummarySchema,
  VersionPublishSchema,
  VersionReturnSchema,
  VersionWithdrawSchema,
} from '@jiandu/contracts/catalogue';
import type { Subject } from '@jiandu/contracts/catalogue-labels';
import { ImportResultSchema } from '@jiandu/contracts/orgs';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import type { Permission } from '@jiandu/contracts/permissions';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserActor } from '../../platform/authz/actor.ts';
import { sendXlsx } from '../../platform/files/download.ts';
import { readImportTable } from '../../platform/files/import-table.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { CatalogueService } from './catalogue.service.ts';
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

  /** A workflow step on the item or its benchmark, answered with the item as it now stands. */
  const step = <B extends z.ZodType>(
    method: 'PUT' | 'POST' | 'DELETE',
    path: string,
    permission: Permission,
    summary: string,
    body: B | null,
    run: (actor: UserActor, id: string, body: z.infer<B>) => Promise<unknown>,
  ) =>
    r.route({
      method,
      url: `/:id/${path}`,
      schema: {
        tags: ['catalogue'],
        summary,
        params: ItemParams,
        ...(body ? { body } : {}),
        response: { 200: ItemDetailSchema, ...errors },
      },
      config: access(permission),
      handler: async (request: FastifyRequest) => {
        const actor = userOf(request);
        const { id } = request.params as z.infer<typeof ItemParams>;
        await run(actor, id, request.body as z.infer<B>);
        return catalogue.detail(actor, id);
      },
    });

  const label = { item: '执法事项', benchmark: '裁量基准' } as const;
  for (const subject of ['item', 'benchmark'] as Subject[]) {
    const prefix = subject === 'item' ? '' : 'benchmark/';
    const name = label[subject];
    if (subject === 'item')
      step(
        'PUT',
        'draft',
        'item.write',
        '填写或修改执法事项草稿 (已发布的事项生成新版本)',
        ItemDraftSchema,
        (a, id, b) => catalogue.saveItemDraft(a, id, b.content, b.reason),
      );
    else
      step(
        'PUT',
        'benchmark/draft',
        'item.write',
        '填写或修改裁量基准草稿',
        BenchmarkDraftSchema,
        (a, id, b) => catalogue.saveBenchmarkDraft(a, id, b.content, b.reason),
      );
    step('DELETE', `${prefix}draft`, 'item.write', `放弃未提交的${name}草稿`, null, (a, id) =>
      catalogue.discard(a, id, subject),
    );
    step('POST', `${prefix}submit`, 'item.write', `提交${name}, 等待同级司法行政机关审核`, null, (a, id) =>
      catalogue.submit(a, id, subject),
    );
    step('POST', `${prefix}return`, 'item.publish', `退回待审核的${name}`, VersionReturnSchema, (a, id, b) =>
      catalogue.returnToDraft(a, id, subject, b.reason),
    );
    step(
      'POST',
      `${prefix}publish`,
      'item.publish',
      `发布${name} (可指定生效日期)`,
      VersionPublishSchema,
      (a, id, b) => catalogue.publish(a, id, subject, b?.effectiveDate),
    );
    step(
      'POST',
      `${prefix}withdraw`,
      'item.publish',
      `取消已发布的${name}`,
      VersionWithdrawSchema,
      (a, id, b) => catalogue.withdraw(a, id, subject, b),
    );
  }
}
