import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** Query parameters whose values are personal data or secrets and never reach a log line. */
const SENSITIVE_PARAMS = /^(idnumber|id_number|phone|mobile|token|password|q)$/i;

/** The URL with sensitive query values replaced, so searches by ID number or phone are not logged in clear. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  for (const key of [...params.keys()]) if (SENSITIVE_PARAMS.test(key)) params.set(key, '[已隐藏]');
  return `${url.slice(0, at)}?${params.toString()}`;
}

/**
 * Fastify's request log lines with the URL redacted; everything else as Fastify writes it. The
 * request id is logged as `requestId`.
 */
export class RedactingLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info(
      { req: { method: request.method, url: redactUrl(request.url), remoteAddress: request.ip } },
      'incoming request',
    );
  }

  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info(`Route ${request.method}:${redactUrl(request.url)} not found`);
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: { method: request.method, url: redactUrl(request.url) }, res: reply, err: error };
    if (reply.statusCode >= 500) reply.log.error(line, error?.message);
    else reply.log.info({ res: reply, err: error }, error?.message);
  }
}
