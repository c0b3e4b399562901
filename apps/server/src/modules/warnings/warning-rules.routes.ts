import { ProblemSchema } from '@jiandu/contracts/problem';
import { RULE_CODES } from '@jiandu/contracts/warning-rules';
import {
  ResolvedParametersQuerySchema,
  RuleParameterInputSchema,
  RuleParameterOverrideSchema,
  RuleQualityQuerySchema,
  RuleQualitySchema,
  WarningRuleSchema,
} from '@jiandu/contracts/warnings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { WarningRuleService } from './warning-rules.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const read = { access: { permission: 'warning.read' as const } };
const RuleParams = z.object({ code: z.enum(RULE_CODES) });

/** The warning rules (/api/warning-rules): definitions, parameter values per region and field, quality. */
export function registerWarningRuleRoutes(app: FastifyInstance, rules: WarningRuleService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['warning-rules'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '预警规则: 参数及默认值, 今日有效和尚未生效的地区、领域设置',
        response: { 200: z.array(WarningRuleSchema), ...errors },
      },
      config: read,
    },
    async () => rules.rules(),
  );
  r.get(
    '/quality',
    {
      schema: {
        tags,
        summary: '规则质量: 每条规则触发的预警数和被排除为误报的比例 (数据范围内)',
        querystring: RuleQualityQuerySchema,
        response: { 200: z.array(RuleQualitySchema), ...errors },
      },
      config: read,
    },
    async (request) => rules.quality(userOf(request), request.query),
  );
  r.get(
    '/:code/history',
    {
      schema: {
        tags,
        summary: '一条规则的全部参数设置记录, 新的在前',
        params: RuleParams,
        response: { 200: z.array(RuleParameterOverrideSchema), ...errors },
      },
      config: read,
    },
    async (request) => rules.history(request.params.code),
  );
  r.get(
    '/:code/parameters',
    {
      schema: {
        tags,
        summary: '某地区、执法领域在某日适用的参数值',
        params: RuleParams,
        querystring: ResolvedParametersQuerySchema,
        response: { 200: z.record(z.string(), z.number()), ...errors },
      },
      config: read,
    },
    async (request) => rules.resolve(request.params.code, request.query),
  );
  r.post(
    '/:code/parameters',
    {
      schema: {
        tags,
        summary: '按地区、执法领域设置 (或撤销) 规则参数, 自生效日期起适用',
        params: RuleParams,
        body: RuleParameterInputSchema,
        response: { 201: RuleParameterOverrideSchema, ...errors },
      },
      config: { access: { permission: 'rule.configure' } },
    },
    async (request, reply) =>
      reply.code(201).send(await rules.setParameter(userOf(request), request.params.code, request.body)),
  );
}
