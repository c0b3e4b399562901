import { EvaluateRequestSchema, EvaluateResultSchema } from '@jiandu/contracts/catalogue-evaluation';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CatalogueService } from './catalogue.service.ts';

/** Benchmark evaluation: what may be imposed for a circumstance, under 从旧兼从轻. */
export function registerBenchmarkRoutes(app: FastifyInstance, catalogue: CatalogueService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/evaluate',
    {
      schema: {
        tags: ['catalogue'],
        summary: '裁量计算: 按违法行为发生时 (或决定时较轻) 的裁量基准, 得出本案允许的处罚种类与罚款幅度',
        body: EvaluateRequestSchema,
        response: {
          200: EvaluateResultSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
      config: { access: { permission: 'item.read' } },
    },
    async (request) => catalogue.evaluate(request.body),
  );
}
