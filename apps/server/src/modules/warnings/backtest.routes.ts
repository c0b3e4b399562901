import { ProblemSchema } from '@jiandu/contracts/problem';
import { RULE_CODES } from '@jiandu/contracts/warning-rules';
import { RuleBacktestInputSchema, RuleBacktestResultSchema } from '@jiandu/contracts/warnings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type BacktestDeps, backtestRule } from './evaluation/backtest.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema };

/** 回测 (/api/warning-rules/:code/backtest): a proposal tried over the stored cases, nothing stored. */
export function registerBacktestRoutes(app: FastifyInstance, deps: BacktestDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/:code/backtest',
    {
      schema: {
        tags: ['warning-rules'],
        summary: '参数回测: 按拟调整的参数重新判断已有案件, 统计将新增和消失的预警 (不保存任何结果)',
        params: z.object({ code: z.enum(RULE_CODES) }),
        body: RuleBacktestInputSchema,
        response: { 200: RuleBacktestResultSchema, ...errors },
      },
      config: { access: { permission: 'rule.configure' as const } },
    },
    async (request) => backtestRule(deps, request.params.code, request.body),
  );
}
