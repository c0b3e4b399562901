import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** Where the browsable API reference lives. */
export const DOCS_PREFIX = '/api/docs';

/** Generates the OpenAPI 3.1 document from the routes' zod contracts and serves it under /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '监督 Jiandu — 行政执法协调监督平台 API',
        description:
          '行政执法协调监督平台的接口文档。错误响应均为 RFC 9457 problem details, `detail` 为中文说明。',
        version,
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: '数据来源系统令牌 (数据交换接口)' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'jiandu_session',
            description: '控制台会话; 修改类请求还须带 x-csrf-token 请求头',
          },
        },
      },
      tags: [
        { name: 'system', description: '健康检查与运行状态' },
        { name: 'calendar', description: '工作日历与期限计算' },
        { name: 'regions', description: '行政区划' },
        { name: 'orgs', description: '组织机构' },
        { name: 'auth', description: '登录、双因素认证与会话' },
        { name: 'users', description: '用户账号' },
        { name: 'roles', description: '角色与权限' },
        { name: 'security', description: '安全策略' },
        { name: 'sources', description: '数据来源系统' },
        { name: 'exchange', description: '数据交换接口 v1' },
        { name: 'audit', description: '审计日志' },
        { name: 'agencies', description: '执法主体资格确认' },
        { name: 'officers', description: '行政执法人员、培训与考试' },
        { name: 'certificates', description: '行政执法证与监督证' },
        { name: 'staffing', description: '人员配备情况' },
        { name: 'notifications', description: '站内通知' },
        { name: 'people', description: '特邀监督员、专家库与人才库' },
        { name: 'equipment', description: '制式服装、标志与装备' },
        { name: 'public', description: '公众查询 (免登录, 限流)' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
}
