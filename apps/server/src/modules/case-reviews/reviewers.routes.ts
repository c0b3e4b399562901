import {
  AssignmentReplaceSchema,
  ConsensusSchema,
  MatterLinkSchema,
  ReviewAccountSchema,
  ReviewerAddSchema,
  ReviewerCandidateSchema,
  VetoOverrideSchema,
} from '@jiandu/contracts/case-review-scoring';
import { BatchDetailSchema, BatchResultsSchema } from '@jiandu/contracts/case-reviews';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { ResultService } from './results.service.ts';
import type { ReviewerService } from './reviewers.service.ts';
import { FileParams, IdParams, manageAccess, reviewErrors, tags } from './route-common.ts';

/** The organizer's work on reviewers and on single files of a batch. */
export function registerReviewerRoutes(
  app: FastifyInstance,
  reviewers: ReviewerService,
  results: ResultService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/batches/:id/candidates',
    {
      schema: {
        tags,
        summary: '可选评查人员: 专家库专家、在聘特邀监督员、本单位工作人员, 及须回避的被评查单位',
        params: IdParams,
        response: { 200: z.array(ReviewerCandidateSchema), ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => reviewers.candidates(userOf(request), request.params.id),
  );
  r.get(
    '/batches/:id/accounts',
    {
      schema: {
        tags,
        summary: '有案卷评分权限的登录账号 (手工关联评查人员时选择)',
        params: IdParams,
        querystring: z.object({ q: z.string().trim().max(50).optional() }),
        response: { 200: z.array(ReviewAccountSchema), ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => reviewers.accounts(userOf(request), request.params.id, request.query.q),
  );
  r.post(
    '/batches/:id/reviewers',
    {
      schema: {
        tags,
        summary: '将人员加入本批次评查人员库 (关联登录账号)',
        params: IdParams,
        body: ReviewerAddSchema,
        response: { 201: BatchDetailSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request, reply) =>
      reply.code(201).send(await reviewers.add(userOf(request), request.params.id, request.body)),
  );
  r.delete(
    '/batches/:id/reviewers/:reviewerId',
    {
      schema: {
        tags,
        summary: '移出尚未分配案卷的评查人员',
        params: IdParams.extend({ reviewerId: z.string().min(1).max(40) }),
        response: { 200: BatchDetailSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => reviewers.remove(userOf(request), request.params.id, request.params.reviewerId),
  );
  r.post(
    '/batches/:id/assignments',
    {
      schema: {
        tags,
        summary: '抽取分配评查人员 (交叉评查, 回避被评查单位, 按批次随机种子, 负载均衡)',
        params: IdParams,
        response: { 200: BatchDetailSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => reviewers.draw(userOf(request), request.params.id),
  );
  r.put(
    '/batches/:id/files/:fileId/assignments/:assignmentId',
    {
      schema: {
        tags,
        summary: '更换某件案卷的评查人员 (新人员同样须通过回避审查)',
        params: FileParams.extend({ assignmentId: z.string().min(1).max(40) }),
        body: AssignmentReplaceSchema,
        response: { 200: BatchDetailSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => {
      const { id, fileId, assignmentId } = request.params;
      return reviewers.replace(userOf(request), id, fileId, assignmentId, request.body);
    },
  );
  r.post(
    '/batches/:id/files/:fileId/veto-override',
    {
      schema: {
        tags,
        summary: '改判评查人员认定的否决项 (须说明理由)',
        params: FileParams,
        body: VetoOverrideSchema,
        response: { 200: BatchResultsSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) =>
      results.overrideVeto(userOf(request), request.params.id, request.params.fileId, request.body.reason),
  );
  r.post(
    '/batches/:id/files/:fileId/consensus',
    {
      schema: {
        tags,
        summary: '记录合议结果 (评分差距过大的案卷)',
        params: FileParams,
        body: ConsensusSchema,
        response: { 200: BatchResultsSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) =>
      results.consensus(userOf(request), request.params.id, request.params.fileId, request.body),
  );
  r.put(
    '/batches/:id/files/:fileId/matter',
    {
      schema: {
        tags,
        summary: '记录由该案卷立项的监督事项 (先 POST /api/matters, origin=case_review)',
        params: FileParams,
        body: MatterLinkSchema,
        response: { 200: BatchResultsSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) =>
      results.linkMatter(userOf(request), request.params.id, request.params.fileId, request.body.matterId),
  );
}
