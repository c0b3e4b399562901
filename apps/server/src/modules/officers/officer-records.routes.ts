import {
  ExamResultCreateSchema,
  ExamResultSchema,
  OfficerLeaveSchema,
  OfficerPostSchema,
  OfficerSchema,
  OfficerTransferSchema,
  TrainingRecordCreateSchema,
  TrainingRecordSchema,
} from '@jiandu/contracts/officers';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import { errors, IdParams } from './officers.routes.ts';
import type { OfficerService } from './officers.service.ts';
import type { TrainingService } from './trainings.service.ts';

/** An officer's history: transfer, leave, posts held, training records and exam results. */
export function registerOfficerRecordRoutes(
  app: FastifyInstance,
  officers: OfficerService,
  trainings: TrainingService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: { permission: 'officer.read' as const } };
  const write = { access: { permission: 'officer.write' as const } };

  r.post(
    '/:id/transfer',
    {
      schema: {
        tags: ['officers'],
        summary: '调动 (原岗位保留在履历中, 证件随人员转入新单位)',
        params: IdParams,
        body: OfficerTransferSchema,
        response: { 200: OfficerSchema, ...errors },
      },
      config: write,
    },
    async (request) => officers.transfer(userOf(request), request.params.id, request.body),
  );

  r.post(
    '/:id/leave',
    {
      schema: {
        tags: ['officers'],
        summary: '离岗 (有效和暂扣的证件一并注销)',
        params: IdParams,
        body: OfficerLeaveSchema,
        response: { 200: OfficerSchema, ...errors },
      },
      config: write,
    },
    async (request) => officers.leave(userOf(request), request.params.id, request.body),
  );

  r.get(
    '/:id/posts',
    {
      schema: {
        tags: ['officers'],
        summary: '任职履历 (最新在前)',
        params: IdParams,
        response: { 200: z.array(OfficerPostSchema), ...errors },
      },
      config: read,
    },
    async (request) => officers.posts(userOf(request), request.params.id),
  );

  r.get(
    '/:id/trainings',
    {
      schema: {
        tags: ['officers'],
        summary: '培训记录',
        params: IdParams,
        response: { 200: z.array(TrainingRecordSchema), ...errors },
      },
      config: read,
    },
    async (request) => trainings.trainings(userOf(request), request.params.id),
  );

  r.post(
    '/:id/trainings',
    {
      schema: {
        tags: ['officers'],
        summary: '登记培训记录 (学时计入完成日期所在年度)',
        params: IdParams,
        body: TrainingRecordCreateSchema,
        response: { 201: TrainingRecordSchema, ...errors },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await trainings.addTraining(userOf(request), request.params.id, request.body)),
  );

  r.delete(
    '/:id/trainings/:recordId',
    {
      schema: {
        tags: ['officers'],
        summary: '删除录入错误的培训记录',
        params: IdParams.extend({ recordId: z.string().min(1) }),
        response: { 204: z.undefined(), ...errors },
      },
      config: write,
    },
    async (request, reply) => {
      await trainings.removeTraining(userOf(request), request.params.id, request.params.recordId);
      return reply.code(204).send();
    },
  );

  r.get(
    '/:id/exams',
    {
      schema: {
        tags: ['officers'],
        summary: '考试成绩',
        params: IdParams,
        response: { 200: z.array(ExamResultSchema), ...errors },
      },
      config: read,
    },
    async (request) => trainings.exams(userOf(request), request.params.id),
  );

  r.post(
    '/:id/exams',
    {
      schema: {
        tags: ['officers'],
        summary: '登记考试成绩',
        params: IdParams,
        body: ExamResultCreateSchema,
        response: { 201: ExamResultSchema, ...errors },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await trainings.addExam(userOf(request), request.params.id, request.body)),
  );
}
