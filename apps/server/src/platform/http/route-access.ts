import type { FastifyInstance } from 'fastify';

/**
 * Every route declares who may call it: `public`, or a permission the identity layer checks. A
 * test walks the registered routes and fails on any route that declares neither.
 */
export type RouteAccess = 'public' | { permission: string };

/** A registered route as the access test sees it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every route registered on this app, with its declared access. */
    routeCatalogue: RouteEntry[];
  }
}

/** Records each route as it is registered (call before any route is added). */
export function trackRoutes(app: FastifyInstance): void {
  const catalogue: RouteEntry[] = [];
  app.decorate('routeCatalogue', catalogue);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      catalogue.push({
        method,
        url: route.url,
        access: (route.config as { access?: RouteAccess } | undefined)?.access,
      });
    }
  });
}
