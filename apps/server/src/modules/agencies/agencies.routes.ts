import {
  AGENCY_SORTS,
  AGENCY_STATUS_LABELS,
  AgencyDetailSchema,
  AgencyListQuerySchema,
  AgencySummarySchema,
  AUTHORITY_LABELS,
  QualificationDateSchema,
  QualificationDraftSchema,
  QualificationOnSchema,
  QualificationReturnSchema,
  QualificationRevokeSchema,
} from '@jiandu/contracts/agencies';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import type { Permission } from '@jiandu/contracts/permissions';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserActor } from '../../platform/authz/actor.ts';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import { fieldLabels } from './agencies.presenter.ts';
import type { AgencyService } from './agencies.service.ts';

const OrgParams = z.object({ orgId: z.string().min(1) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Console routes of agency qualification: list, export, detail, date check and the workflow. */
export function registerAgencyRoutes(app: FastifyInstance, agencies: AgencyService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const access = (permission: Permission) => ({ access: { permission } });

  r.get(
    '/',
    {
      schema: {
        tags: ['agencies'],
        summary: '执法主体列表及主体资格状态 (数据范围内)',
        querystring: AgencyListQuerySchema.extend(PageQuerySchema.shape).extend({
          sort: z.enum(AGENCY_SORTS).optional(),
        }),
        response: { 200: pageOf(AgencySummarySchema), ...errors },
      },
      config: access('agency.read'),
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return agencies.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/export',
    {
      schema: { tags: ['agencies'], summary: '导出执法主体列表 (xlsx)', querystring: AgencyListQuerySchema },
      config: access('agency.read'),
    },
    async (request, reply) => {
      const rows = await agencies.listAll(userOf(request), request.query);
      return sendXlsx(
        reply,
        '执法主体资格',
        [
          { header: '执法主体名称', width: 36, value: (a) => a.name },
          { header: '统一社会信用代码', width: 22, value: (a) => a.creditCode },
          { header: '行政区划代码', value: (a) => a.regionCode },
          { header: '行政区划', width: 30, value: (a) => a.regionName },
          { header: '主体资格状态', value: (a) => AGENCY_STATUS_LABELS[a.status] },
          { header: '执法权取得方式', value: (a) => (a.authority ? AUTHORITY_LABELS[a.authority] : null) },
          { header: '执法领域', width: 30, value: (a) => fieldLabels(a.fields).join('、') },
          { header: '现行版本', value: (a) => a.version },
          { header: '确认日期', value: (a) => a.confirmedOn },
          { header: '公告日期', value: (a) => a.publishedOn },
          { header: '撤销日期', value: (a) => a.revokedOn },
          {
            header: '办理中的新版本',
            value: (a) => (a.pendingStatus ? AGENCY_STATUS_LABELS[a.pendingStatus] : null),
          },
        ],
        rows,
      );
    },
  );

  r.get(
    '/:orgId',
    {
      schema: {
        tags: ['agencies'],
        summary: '执法主体详情: 现行主体资格、办理中的版本与全部历史',
        params: OrgParams,
        response: { 200: AgencyDetailSchema, ...errors },
      },
      config: access('agency.read'),
    },
    async (request) => agencies.detail(userOf(request), request.params.orgId),
  );

  r.get(
    '/:orgId/qualification-on',
    {
      schema: {
        tags: ['agencies'],
        summary: '某日是否具有执法主体资格',
        params: OrgParams,
        querystring: z.object({
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' }),
        }),
        response: { 200: QualificationOnSchema, ...errors },
      },
      config: access('agency.read'),
    },
    async (request) => agencies.qualificationOnFor(userOf(request), request.params.orgId, request.query.date),
  );

  /** A workflow step: run it, then answer with the agency as it now stands. */
  const step = <B extends z.ZodType>(
    method: 'PUT' | 'POST',
    path: string,
    permission: Permission,
    summary: string,
    body: B | null,
    run: (actor: UserActor, orgId: string, body: z.infer<B>) => Promise<void>,
  ) =>
    r.route({
      method,
      url: `/:orgId/${path}`,
      schema: {
        tags: ['agencies'],
        summary,
        params: OrgParams,
        ...(body ? { body } : {}),
        response: { 200: AgencyDetailSchema, ...errors },
      },
      config: access(permission),
      handler: async (request: FastifyRequest) => {
        const actor = userOf(request);
        const { orgId } = request.params as z.infer<typeof OrgParams>;
        await run(actor, orgId, request.body as z.infer<B>);
        return agencies.detail(actor, orgId);
      },
    });

  step('PUT', 'draft', 'agency.write', '填写或修改主体资格草稿', QualificationDraftSchema, (a, id, b) =>
    agencies.saveDraft(a, id, b),
  );
  step('POST', 'submit', 'agency.write', '提交主体资格, 等待同级司法行政机关确认', null, (a, id) =>
    agencies.submit(a, id),
  );
  step('POST', 'return', 'agency.confirm', '退回待确认的主体资格', QualificationReturnSchema, (a, id, b) =>
    agencies.returnToDraft(a, id, b),
  );
  step('POST', 'confirm', 'agency.confirm', '确认主体资格', QualificationDateSchema, (a, id, b) =>
    agencies.confirm(a, id, b),
  );
  step('POST', 'publish', 'agency.confirm', '公告已确认的主体资格', QualificationDateSchema, (a, id, b) =>
    agencies.publish(a, id, b),
  );
  step('POST', 'revoke', 'agency.confirm', '撤销主体资格', QualificationRevokeSchema, (a, id, b) =>
    agencies.revoke(a, id, b),
  );
}
