import {
  CertificateEventSchema,
  CertificateIssueSchema,
  CertificateListQuerySchema,
  CertificateSchema,
  CertificateStatusChangeSchema,
  CertificateValidityQuerySchema,
  CertificateValiditySchema,
} from '@jiandu/contracts/officers';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { CertificateService } from './certificates.service.ts';
import { errors, IdParams } from './officers.routes.ts';
import { CERTIFICATE_COLUMNS } from './officers-export.ts';

/** Certificate routes: list, export, issue, read, status change, history, validity on a date. */
export function registerCertificateRoutes(app: FastifyInstance, certificates: CertificateService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: { permission: 'officer.read' as const } };
  const manage = { access: { permission: 'certificate.manage' as const } };

  r.get(
    '/',
    {
      schema: {
        tags: ['certificates'],
        summary: '证件列表 (数据范围内)',
        querystring: CertificateListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(CertificateSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return certificates.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/export',
    {
      schema: { tags: ['certificates'], summary: '导出证件 (xlsx)', querystring: CertificateListQuerySchema },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        '执法证件',
        CERTIFICATE_COLUMNS,
        await certificates.listAll(userOf(request), request.query),
      ),
  );

  r.post(
    '/',
    {
      schema: {
        tags: ['certificates'],
        summary: '发放执法证或监督证',
        body: CertificateIssueSchema,
        response: { 201: CertificateSchema, ...errors },
      },
      config: manage,
    },
    async (request, reply) => reply.code(201).send(await certificates.issue(userOf(request), request.body)),
  );

  r.get(
    '/:id',
    {
      schema: {
        tags: ['certificates'],
        summary: '证件详情',
        params: IdParams,
        response: { 200: CertificateSchema, ...errors },
      },
      config: read,
    },
    async (request) => certificates.get(userOf(request), request.params.id),
  );

  r.post(
    '/:id/status',
    {
      schema: {
        tags: ['certificates'],
        summary: '变更证件状态 (暂扣、吊销、注销、恢复), 需填写原因和生效日期',
        params: IdParams,
        body: CertificateStatusChangeSchema,
        response: { 200: CertificateSchema, ...errors },
      },
      config: manage,
    },
    async (request) => certificates.changeStatus(userOf(request), request.params.id, request.body),
  );

  r.get(
    '/:id/events',
    {
      schema: {
        tags: ['certificates'],
        summary: '证件状态变更记录 (按生效顺序)',
        params: IdParams,
        response: { 200: z.array(CertificateEventSchema), ...errors },
      },
      config: read,
    },
    async (request) => certificates.events(userOf(request), request.params.id),
  );

  r.get(
    '/:id/validity',
    {
      schema: {
        tags: ['certificates'],
        summary: '证件在某日是否有效 (默认今天)',
        params: IdParams,
        querystring: CertificateValidityQuerySchema,
        response: { 200: CertificateValiditySchema, ...errors },
      },
      config: read,
    },
    async (request) => certificates.validity(userOf(request), request.params.id, request.query.date),
  );
}
