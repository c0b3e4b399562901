import { CaseRefusedProblemSchema } from '@jiandu/contracts/case-handling';
import { CaseDetailSchema } from '@jiandu/contracts/cases';
import { pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import {
  PublicationPeriodSchema,
  type PublicDecision,
  PublicDecisionQuerySchema,
  PublicDecisionSchema,
  WithdrawPublicationSchema,
} from '@jiandu/contracts/publicity';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { CaseService } from './cases.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  422: CaseRefusedProblemSchema,
};
const CaseParams = z.object({ id: z.string().min(1) });
const publish = { access: { permission: 'case.publish' as const } };

/** Publishing a case's decision on the portal and taking it down (under /api/cases). */
export function registerPublicationRoutes(app: FastifyInstance, cases: CaseService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['publicity'];
  r.get(
    '/:id/publication/preview',
    {
      schema: {
        tags,
        summary: '预览门户公示内容 (已隐去个人信息)',
        params: CaseParams,
        response: { 200: PublicDecisionSchema, ...errors },
      },
      config: publish,
    },
    async (request) => cases.publicity.previewPublication(userOf(request), request.params.id),
  );
  r.post(
    '/:id/publication',
    {
      schema: {
        tags,
        summary: '在门户公示行政处罚或许可决定',
        params: CaseParams,
        response: { 200: CaseDetailSchema, ...errors },
      },
      config: publish,
    },
    async (request) => {
      await cases.publicity.publish(userOf(request), request.params.id);
      return cases.detail(userOf(request), request.params.id);
    },
  );
  r.post(
    '/:id/publication/withdraw',
    {
      schema: {
        tags,
        summary: '撤下公示 (决定被变更、撤销、确认违法或无效时, 三个工作日内撤下)',
        params: CaseParams,
        body: WithdrawPublicationSchema,
        response: { 200: CaseDetailSchema, ...errors },
      },
      config: publish,
    },
    async (request) => {
      await cases.publicity.withdrawPublication(userOf(request), request.params.id, request.body.reason);
      return cases.detail(userOf(request), request.params.id);
    },
  );
}

/** The publication period table (/api/publication-periods). */
export function registerPeriodRoutes(app: FastifyInstance, cases: CaseService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['publicity'];
  r.get(
    '/',
    {
      schema: { tags, summary: '公示期限表', response: { 200: z.array(PublicationPeriodSchema), ...errors } },
      config: { access: { permission: 'case.read' } },
    },
    async () => cases.publicity.periods(),
  );
  r.put(
    '/',
    {
      schema: {
        tags,
        summary: '修改公示期限表 (整表替换, 按序号先匹配者适用)',
        body: z.array(PublicationPeriodSchema).min(1).max(50),
        response: { 200: z.array(PublicationPeriodSchema), ...errors },
      },
      config: { access: { permission: 'publicity.configure' } },
    },
    async (request) => cases.publicity.replacePeriods(userOf(request), request.body),
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function feedEntry(decision: PublicDecision, updated: string, base: string): string {
  const link = `${base}/decisions/${decision.id}`;
  return `<entry><id>urn:jiandu:decision:${decision.id}</id><title>${escapeXml(`${decision.agencyName} ${decision.documentNumber} ${decision.title}`)}</title><link href="${escapeXml(link)}"/><updated>${updated}</updated><summary>${escapeXml(`当事人: ${decision.partyName}; 决定日期: ${decision.decidedOn}`)}</summary></entry>`;
}

/** Published decisions for everyone (/api/public/decisions): search, one decision, an Atom feed. */
export function registerPublicDecisionRoutes(
  app: FastifyInstance,
  cases: CaseService,
  publicBaseUrl: string,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { access: 'public' as const };
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '行政执法决定公示查询',
        querystring: PublicDecisionQuerySchema,
        response: { 200: pageOf(PublicDecisionSchema), 400: ProblemSchema },
      },
      config: open,
    },
    async (request) => cases.publicity.publicList(request.query),
  );
  r.get(
    '/feed.xml',
    { schema: { tags, summary: '最新公示 (Atom 订阅)' }, config: open },
    async (_request, reply) => {
      const latest = await cases.publicity.publicLatest();
      const updated = latest[0]?.createdAt ?? new Date(0).toISOString();
      const xml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:jiandu:decisions</id><title>行政执法决定公示</title><link href="${escapeXml(publicBaseUrl)}/decisions"/><updated>${updated}</updated>${latest.map((l) => feedEntry(l.decision, l.createdAt, publicBaseUrl)).join('')}</feed>`;
      return reply.type('application/atom+xml; charset=utf-8').send(xml);
    },
  );
  r.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '一件公示的行政执法决定',
        params: CaseParams,
        response: { 200: PublicDecisionSchema, 404: ProblemSchema },
      },
      config: open,
    },
    async (request) => cases.publicity.publicOne(request.params.id),
  );
}
