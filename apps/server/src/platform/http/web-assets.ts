import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Content policy of the web pages: scripts only from this origin, no framing, no plugins. Styles
 * allow inline because Ant Design writes its CSS-in-JS into style elements at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Client-side pages of the public portal; each serves the portal's page so a reload works. */
export const PORTAL_PATHS = [
  '/agencies',
  '/agencies/*',
  '/officers',
  '/certificates',
  '/certificates/*',
  '/items',
  '/items/*',
  '/decisions',
  '/decisions/*',
  '/complaints',
  '/complaints/*',
];

/** Where the built web app is (apps/web/dist), found from this file so the working directory does not matter. */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../../../web/dist');

/**
 * Serves the built web app on the API's port: the console under /console/ and the portal at /.
 * Unknown paths under either fall back to that app's page, so client-side routes can be reloaded.
 * Returns false when the app has not been built (then / leads to the API reference).
 */
export async function registerWebAssets(app: FastifyInstance, dist: string = WEB_DIST): Promise<boolean> {
  if (!existsSync(path.join(dist, 'index.html'))) return false;
  // serve: false — only reply.sendFile; the routes below declare their access like every other route.
  await app.register(fastifyStatic, { root: dist, serve: false, cacheControl: false });
  const immutable = 'public, max-age=31536000, immutable';
  app.get('/assets/*', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    return reply.header('cache-control', immutable).sendFile(`assets/${file}`);
  });
  const page = (file: string) => async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .type('text/html; charset=utf-8')
      .sendFile(file);
  app.get('/console', { schema: { hide: true }, config: { access: 'public' } }, (_request, reply) =>
    reply.redirect('/console/'),
  );
  app.get('/console/*', { schema: { hide: true }, config: { access: 'public' } }, page('console/index.html'));
  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, page('index.html'));
  for (const portalPath of PORTAL_PATHS)
    app.get(portalPath, { schema: { hide: true }, config: { access: 'public' } }, page('index.html'));
  return true;
}
