import {
  EQUIPMENT_CATEGORY_LABELS,
  EQUIPMENT_STATE_LABELS,
  EquipmentIssueCreateSchema,
  EquipmentIssueSchema,
  EquipmentIssueUpdateSchema,
  EquipmentListQuerySchema,
  EquipmentOfficerOptionSchema,
  EquipmentReturnCreateSchema,
  EquipmentSummaryQuerySchema,
  EquipmentSummaryRowSchema,
} from '@jiandu/contracts/equipment';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { EquipmentService } from './equipment.service.ts';

const IdParams = z.object({ id: z.string().min(1) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const tags = ['equipment'];
const read = { access: { permission: 'equipment.read' as const } };
const write = { access: { permission: 'equipment.write' as const } };

/** Equipment register routes: list, export, per-org summary, officers to issue to, issue, edit, return. */
export function registerEquipmentRoutes(app: FastifyInstance, equipment: EquipmentService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '发放登记列表 (数据范围内)',
        querystring: EquipmentListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(EquipmentIssueSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return equipment.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/export',
    { schema: { tags, summary: '导出发放登记 (xlsx)', querystring: EquipmentListQuerySchema }, config: read },
    async (request, reply) => {
      const rows = await equipment.listAll(userOf(request), request.query);
      return sendXlsx(
        reply,
        '装备发放登记',
        [
          { header: '单位', width: 30, value: (x) => x.orgName },
          { header: '领用人', value: (x) => x.officerName },
          { header: '类别', width: 12, value: (x) => EQUIPMENT_CATEGORY_LABELS[x.category] },
          { header: '物品名称', width: 20, value: (x) => x.itemName },
          { header: '规格型号', value: (x) => x.specification },
          { header: '序列号', width: 20, value: (x) => x.serialNumber },
          { header: '发放数量', width: 10, value: (x) => x.quantity },
          { header: '发放日期', width: 12, value: (x) => x.issuedOn },
          { header: '已收回数量', width: 10, value: (x) => x.returnedQuantity },
          { header: '最近收回日期', width: 12, value: (x) => x.returnedOn },
          { header: '在用数量', width: 10, value: (x) => x.inUse },
          { header: '状态', width: 10, value: (x) => EQUIPMENT_STATE_LABELS[x.state] },
          { header: '备注', width: 30, value: (x) => x.note },
        ],
        rows,
      );
    },
  );

  r.get(
    '/summary',
    {
      schema: {
        tags,
        summary: '按单位、物品汇总: 发放 − 收回 = 在用',
        querystring: EquipmentSummaryQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(EquipmentSummaryRowSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return equipment.summary(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/summary/export',
    {
      schema: { tags, summary: '导出在用汇总 (xlsx)', querystring: EquipmentSummaryQuerySchema },
      config: read,
    },
    async (request, reply) => {
      const { items } = await equipment.summary(userOf(request), request.query, null);
      return sendXlsx(
        reply,
        '装备在用汇总',
        [
          { header: '单位', width: 30, value: (x) => x.orgName },
          { header: '类别', width: 12, value: (x) => EQUIPMENT_CATEGORY_LABELS[x.category] },
          { header: '物品名称', width: 20, value: (x) => x.itemName },
          { header: '发放数量', width: 10, value: (x) => x.issued },
          { header: '收回数量', width: 10, value: (x) => x.returned },
          { header: '在用数量', width: 10, value: (x) => x.inUse },
          { header: '领用人数', width: 10, value: (x) => x.officers },
        ],
        items,
      );
    },
  );

  r.get(
    '/officer-options',
    {
      schema: {
        tags,
        summary: '可领用的在岗执法人员 (某单位)',
        querystring: z.object({ orgId: z.string().min(1, { message: '请选择单位' }) }),
        response: { 200: z.array(EquipmentOfficerOptionSchema), ...errors },
      },
      config: read,
    },
    async (request) => equipment.officerOptions(userOf(request), request.query.orgId),
  );

  r.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '发放记录详情 (含收回记录)',
        params: IdParams,
        response: { 200: EquipmentIssueSchema, ...errors },
      },
      config: read,
    },
    async (request) => equipment.get(userOf(request), request.params.id),
  );

  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '登记发放',
        body: EquipmentIssueCreateSchema,
        response: { 201: EquipmentIssueSchema, ...errors },
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await equipment.issue(userOf(request), request.body)),
  );

  r.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: '更正发放记录',
        params: IdParams,
        body: EquipmentIssueUpdateSchema,
        response: { 200: EquipmentIssueSchema, ...errors },
      },
      config: write,
    },
    async (request) => equipment.update(userOf(request), request.params.id, request.body),
  );

  r.post(
    '/:id/returns',
    {
      schema: {
        tags,
        summary: '登记收回 (可部分收回)',
        params: IdParams,
        body: EquipmentReturnCreateSchema,
        response: { 201: EquipmentIssueSchema, ...errors },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await equipment.recordReturn(userOf(request), request.params.id, request.body)),
  );
}
