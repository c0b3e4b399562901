import { HealthSchema, type Readiness, ReadinessSchema } from '@jiandu/contracts/health';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** Liveness and readiness endpoints for load balancers and orchestrators. */
export function registerHealth(app: FastifyInstance, checkReadiness: () => Promise<Readiness>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/healthz',
    {
      schema: { tags: ['system'], summary: '存活检查', response: { 200: HealthSchema } },
      config: { access: 'public' },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );
  r.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        summary: '就绪检查: 数据库可达且迁移为最新',
        response: { 200: ReadinessSchema, 503: ReadinessSchema },
      },
      config: { access: 'public' },
      logLevel: 'warn',
    },
    async (_request, reply) => {
      const readiness = await checkReadiness();
      return reply.code(readiness.status === 'ready' ? 200 : 503).send(readiness);
    },
  );
}
