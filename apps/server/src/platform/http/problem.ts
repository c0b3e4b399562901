import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CATALOGUE, type ErrorCode, type FieldError } from '../errors.ts';

/** Sends a problem-details body (RFC 9457) for a catalogue code. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extras: Record<string, unknown> = {},
): FastifyReply {
  const { status, title } = ERROR_CATALOGUE[code];
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `urn:jiandu:problem:${code.toLowerCase().replaceAll('_', '-')}`,
      title,
      status,
      detail,
      code,
      instance: request.url.split('?')[0],
      requestId: request.id,
      ...extras,
    });
}

function validationErrors(error: FastifyError): FieldError[] {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return error.validation.map((v) => ({
      path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? '取值不合法',
    }));
  }
  return (error.validation ?? []).map((v) => ({
    path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
    message: v.message ?? '取值不合法',
  }));
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

/**
 * Installs the one error handler: expected errors keep their code and Chinese detail; validation
 * errors list every bad field; anything else is logged in full and answered with a bare 500.
 */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.code, error.detail, error.extras);
    }
    if (error.validation) {
      const errors = validationErrors(error);
      const detail = `请求参数不合法: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`;
      return sendProblem(request, reply, 'VALIDATION_FAILED', detail, { errors });
    }
    if (
      (error as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error instanceof SyntaxError
    ) {
      return sendProblem(request, reply, 'VALIDATION_FAILED', '请求体不是合法的 JSON');
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(request, reply, mapped, ERROR_CATALOGUE[mapped].title);
    if (error.statusCode === 429)
      return sendProblem(request, reply, 'RATE_LIMITED', '请求过于频繁, 请稍后再试');
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      'INTERNAL',
      '服务器处理请求时出错, 请稍后重试或联系管理员并提供请求编号',
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'NOT_FOUND', `找不到 ${request.method} ${request.url.split('?')[0]}`),
  );
}
