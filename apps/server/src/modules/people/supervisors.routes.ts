import { GENDER_LABELS } from '@jiandu/contracts/officers';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import {
  InvitedSupervisorCreateSchema,
  InvitedSupervisorListQuerySchema,
  InvitedSupervisorSchema,
  InvitedSupervisorStatusSchema,
  InvitedSupervisorUpdateSchema,
  SUPERVISOR_CATEGORY_LABELS,
  SUPERVISOR_STATUS_LABELS,
} from '@jiandu/contracts/people';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { InvitedSupervisorService } from './supervisors.service.ts';

const IdParams = z.object({ id: z.string().min(1) });
/** The problem answers every people route may give. */
export const peopleErrors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  422: ProblemSchema,
};
const tags = ['people'];
const read = { access: { permission: 'pool.read' as const } };
const write = { access: { permission: 'pool.write' as const } };

/** Invited supervisor routes: list, export, read, appoint, edit, end / dismiss / reinstate. */
export function registerSupervisorRoutes(app: FastifyInstance, supervisors: InvitedSupervisorService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/invited-supervisors';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '特邀行政执法监督员列表 (数据范围内)',
        querystring: InvitedSupervisorListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(InvitedSupervisorSchema), ...peopleErrors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return supervisors.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary: '导出特邀行政执法监督员 (xlsx)',
        querystring: InvitedSupervisorListQuerySchema,
      },
      config: read,
    },
    async (request, reply) => {
      const rows = await supervisors.listAll(userOf(request), request.query);
      return sendXlsx(
        reply,
        '特邀行政执法监督员',
        [
          { header: '姓名', value: (s) => s.name },
          { header: '性别', width: 8, value: (s) => GENDER_LABELS[s.gender] },
          { header: '身份证号', width: 22, value: (s) => s.idNumber },
          { header: '年龄', width: 8, value: (s) => s.age },
          { header: '联系电话', value: (s) => s.phone },
          { header: '来源类别', width: 12, value: (s) => SUPERVISOR_CATEGORY_LABELS[s.category] },
          { header: '工作单位', width: 30, value: (s) => s.employer },
          { header: '职务或职称', value: (s) => s.title },
          { header: '聘任单位', width: 24, value: (s) => s.orgName },
          { header: '届次', width: 8, value: (s) => `第${s.termNumber}届` },
          { header: '任期开始', width: 12, value: (s) => s.termStart },
          { header: '任期结束', width: 12, value: (s) => s.termEnd },
          { header: '聘书编号', value: (s) => s.appointmentNumber },
          { header: '状态', width: 10, value: (s) => SUPERVISOR_STATUS_LABELS[s.status] },
          { header: '状态变更日期', width: 12, value: (s) => s.statusDate },
          { header: '原因', width: 30, value: (s) => s.statusReason },
          { header: '本年履职次数', width: 12, value: (s) => s.participationsThisYear },
        ],
        rows,
      );
    },
  );

  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: '特邀行政执法监督员详情',
        params: IdParams,
        response: { 200: InvitedSupervisorSchema, ...peopleErrors },
      },
      config: read,
    },
    async (request) => supervisors.get(userOf(request), request.params.id),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: '聘任特邀行政执法监督员 (校验任期开始日的年龄条件)',
        body: InvitedSupervisorCreateSchema,
        response: { 201: InvitedSupervisorSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await supervisors.create(userOf(request), request.body)),
  );

  r.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: '修改特邀行政执法监督员',
        params: IdParams,
        body: InvitedSupervisorUpdateSchema,
        response: { 200: InvitedSupervisorSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request) => supervisors.update(userOf(request), request.params.id, request.body),
  );

  r.post(
    `${base}/:id/status`,
    {
      schema: {
        tags,
        summary: '任期结束、解聘或恢复聘任',
        params: IdParams,
        body: InvitedSupervisorStatusSchema,
        response: { 200: InvitedSupervisorSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request) => supervisors.changeStatus(userOf(request), request.params.id, request.body),
  );
}
