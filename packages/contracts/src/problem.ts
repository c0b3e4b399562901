import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response; `detail` is Chinese and safe to show. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('问题类型 URI'),
    title: z.string().describe('问题类别的简短说明'),
    status: z.number().int().describe('HTTP 状态码'),
    detail: z.string().describe('面向用户的中文说明'),
    code: z.string().describe('稳定的错误代码, 如 VALIDATION_FAILED'),
    instance: z.string().optional().describe('出错的请求路径'),
    requestId: z.string().optional().describe('请求编号, 便于排查'),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('逐字段的校验错误'),
  })
  .meta({ id: 'Problem' });

/** An error response body. */
export type Problem = z.infer<typeof ProblemSchema>;
