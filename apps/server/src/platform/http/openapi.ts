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
      tags: [
        { name: 'system', description: '健康检查与运行状态' },
        { name: 'calendar', description: '工作日历与期限计算' },
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
