/**
 * Every route declares who may call it: `public`, or a permission the identity layer checks. A
 * test walks the registered routes and fails on any route that declares neither.
 */
export type RouteAccess = 'public' | { permission: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
