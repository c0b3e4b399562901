import { ProblemSchema } from '@jiandu/contracts/problem';
import { RULE_CODES } from '@jiandu/contracts/warning-rules';
import { RuleBacktestInputSchema, RuleBacktestResultSchema } from '@jiandu/contracts/warnings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import { type BacktestDeps, backtestRule } from './evaluation/backtest.ts';
import type { WarningRuleService } from './warning-rules.service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema };

/** 回测 (/api/warning-rules/:code/backtest): a proposal tried over the stored cases, nothing stored. */
export function registerBacktestRoutes(
  app: FastifyInstance,
  rules: WarningRuleService,
  deps: BacktestDeps,
): void {
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
    async (request) => {
      const regionCode = await rules.backtestRegion(userOf(request), request.body.regionCode ?? null);
      return backtestRule(deps, request.params.code, {
        ...request.body,
        ...(regionCode ? { regionCode } : {}),
      });
    },
  );
}
