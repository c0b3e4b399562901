import { randomUUID } from 'node:crypto';
import type { Readiness } from '@jiandu/contracts/health';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { migrations } from './migrations/index.ts';
import { registerModules } from './modules.ts';
import { registerCalendarRoutes } from './platform/calendar/calendar.routes.ts';
import { pingQuery } from './platform/db/dialect.ts';
import { migrationStatus } from './platform/db/migrate.ts';
import { XLSX_TYPE } from './platform/files/xlsx.ts';
import { installGuard } from './platform/http/guard.ts';
import { registerHealth } from './platform/http/health.ts';
import { registerMetrics } from './platform/http/metrics.ts';
import { DOCS_PREFIX, registerOpenApi } from './platform/http/openapi.ts';
import { installProblemHandlers } from './platform/http/problem.ts';
import { defaultRules, installRateLimits, RateLimiter } from './platform/http/rate-limit.ts';
import { RedactingLogController } from './platform/http/request-log.ts';
import { trackRoutes } from './platform/http/route-access.ts';
import { registerWebAssets } from './platform/http/web-assets.ts';
import { registerJobRoutes } from './platform/jobs/jobs.routes.ts';
import { registerNotificationRoutes } from './platform/notifications/notifications.routes.ts';

/** Version reported in the OpenAPI document. */
export const API_VERSION = '0.1.0';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Checks that the database answers and its schema is current. */
async function readiness(context: AppContext): Promise<Readiness> {
  const { db, dialect } = context.database;
  try {
    await pingQuery().execute(db);
    const { pending } = await migrationStatus(db, migrations);
    return {
      status: pending.length ? 'not_ready' : 'ready',
      checks: { database: { ok: true, dialect }, migrations: { ok: pending.length === 0, pending } },
    };
  } catch (error) {
    context.logger.warn({ err: error }, 'readiness check failed');
    return {
      status: 'not_ready',
      checks: {
        database: { ok: false, dialect, error: '数据库不可达' },
        migrations: { ok: false, pending: [] },
      },
    };
  }
}

/** Builds the HTTP application over a context; it does not listen. */
export async function buildApp(
  context: AppContext,
  options: { webDist?: string } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: context.logger as FastifyBaseLogger,
    trustProxy: context.config.trustProxy,
    bodyLimit: 1_048_576,
    logController: new RedactingLogController(),
    // Keep a caller's request id when it looks sane, so one id follows a request across systems.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  trackRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // While shutting down, answers to requests still in flight close their keep-alive connection,
  // so the server can finish closing instead of waiting for idle clients to time out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (closing) reply.header('connection', 'close');
  });
  installProblemHandlers(app);
  installRateLimits(app, new RateLimiter(defaultRules(context.config.rateLimits)));
  const { sessions, sources } = context.services;
  installGuard(app, {
    userFromSession: (token, meta) => sessions.userFromSession(token, meta),
    sourceFromToken: (token, meta) => sources.fromToken(token, meta),
  });
  // Spreadsheet and CSV uploads arrive as the raw request body (no multipart needed).
  app.addContentTypeParser(
    [XLSX_TYPE, 'text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  await registerOpenApi(app, API_VERSION);
  registerMetrics(app);
  registerHealth(app, () => readiness(context));
  registerCalendarRoutes(app, context.calendar);
  registerJobRoutes(app, context.database.db, context.recurringJobs);
  registerNotificationRoutes(app, context.services.notifications);
  await registerModules(app, context);
  // Without a built web app (development, API-only deployments) the root leads to the API reference.
  if (!(await registerWebAssets(app, options.webDist))) {
    app.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) =>
      reply.redirect(DOCS_PREFIX),
    );
  }
  return app;
}
