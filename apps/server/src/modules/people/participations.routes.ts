import {
  ParticipationCreateSchema,
  ParticipationListQuerySchema,
  ParticipationSchema,
  ParticipationYearSchema,
} from '@jiandu/contracts/people';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { ParticipationService } from './participations.service.ts';
import { peopleErrors } from './supervisors.routes.ts';

const IdParams = z.object({ id: z.string().min(1) });
const tags = ['people'];
const read = { access: { permission: 'pool.read' as const } };
const write = { access: { permission: 'pool.write' as const } };

/** The participation log of an invited supervisor: list, yearly counts, add, remove. */
export function registerParticipationRoutes(app: FastifyInstance, log: ParticipationService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/invited-supervisors/:id/participations';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '履职记录 (按日期倒序, 可按年度)',
        params: IdParams,
        querystring: ParticipationListQuerySchema,
        response: { 200: z.array(ParticipationSchema), ...peopleErrors },
      },
      config: read,
    },
    async (request) => log.list(userOf(request), request.params.id, request.query.year),
  );

  r.get(
    `${base}/yearly`,
    {
      schema: {
        tags,
        summary: '履职次数年度统计',
        params: IdParams,
        response: { 200: z.array(ParticipationYearSchema), ...peopleErrors },
      },
      config: read,
    },
    async (request) => log.yearly(userOf(request), request.params.id),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: '登记履职记录',
        params: IdParams,
        body: ParticipationCreateSchema,
        response: { 201: ParticipationSchema, ...peopleErrors },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await log.add(userOf(request), request.params.id, request.body)),
  );

  r.delete(
    `${base}/:participationId`,
    {
      schema: {
        tags,
        summary: '删除误登记的履职记录',
        params: IdParams.extend({ participationId: z.string().min(1) }),
        response: { 204: z.undefined(), ...peopleErrors },
      },
      config: write,
    },
    async (request, reply) => {
      await log.remove(userOf(request), request.params.id, request.params.participationId);
      return reply.code(204).send();
    },
  );
}
