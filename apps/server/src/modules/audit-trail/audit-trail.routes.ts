import { AuditEventSchema, AuditQuerySchema, AuditVerifySchema } from '@jiandu/contracts/audit';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { searchAudit } from '../../platform/audit/audit-query.ts';
import { verifyAuditChain } from '../../platform/audit/chain.ts';
import { auditActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const EXPORT_LIMIT = 50_000;

/** The audit trail for the audit administrator: search, export, and a check of the hash chain. */
export function registerAuditTrailRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];

  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '查询审计日志',
        querystring: AuditQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(AuditEventSchema), ...errors },
      },
      config: { access: { permission: 'audit.read' } },
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      const { total, rows } = await searchAudit(db, filter, {
        page,
        pageSize,
        sort,
        order: request.query.order === 'asc' && request.query.sort ? 'asc' : 'desc',
      });
      void sort;
      void order;
      return { items: rows, total, page, pageSize };
    },
  );

  r.get(
    '/export',
    {
      schema: { tags, summary: '导出审计日志 (xlsx, 最多5万条)', querystring: AuditQuerySchema },
      config: { access: { permission: 'audit.export' } },
    },
    async (request, reply) => {
      const { rows } = await searchAudit(db, request.query, {
        page: 1,
        pageSize: EXPORT_LIMIT,
        order: 'desc',
      });
      // Exporting the trail is itself an auditable act.
      await recordAudit(db, auditActor(userOf(request)), {
        action: 'audit.export',
        targetType: 'audit_event',
        detail: { filter: request.query, rows: rows.length },
      });
      return sendXlsx(
        reply,
        '审计日志',
        [
          { header: '序号', width: 10, value: (e) => e.seq },
          { header: '时间', width: 26, value: (e) => e.at },
          { header: '操作人', width: 24, value: (e) => e.actorName },
          { header: 'IP', width: 16, value: (e) => e.ip },
          { header: '操作', width: 22, value: (e) => e.action },
          { header: '对象类型', value: (e) => e.targetType },
          { header: '对象', width: 38, value: (e) => e.targetId },
          { header: '结果', width: 8, value: (e) => (e.result === 'success' ? '成功' : '失败') },
          { header: '详情', width: 60, value: (e) => JSON.stringify(e.detail) },
        ],
        rows,
      );
    },
  );

  r.get(
    '/verify',
    {
      schema: { tags, summary: '校验审计日志哈希链', response: { 200: AuditVerifySchema, ...errors } },
      config: { access: { permission: 'audit.read' } },
    },
    async () => {
      const report = await verifyAuditChain(db);
      return report.ok
        ? {
            ok: true,
            rows: report.rows,
            message: `审计日志完整: ${report.rows} 条, 最后序号 ${report.lastSeq}`,
          }
        : { ok: false, rows: report.rows, message: report.problem.message };
    },
  );
}
