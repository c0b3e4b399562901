import type { Permission } from '@jiandu/contracts/permissions';
import type { FastifyInstance } from 'fastify';
import type { RequestActor } from '../authz/actor.ts';

/**
 * Every route declares who may call it. A test walks the registered routes and fails on any route
 * that declares nothing; the guard refuses such a route at run time too.
 * - `public`: anyone, no sign-in (portal, health, public API);
 * - `sign-in`: a session at any stage of signing in (second factor, forced password change);
 * - `signed-in`: any fully signed-in console user;
 * - `{ permission }`: a fully signed-in user holding that permission (data scope applies in the service);
 * - `source`: an enforcement platform with its bearer token.
 */
export type RouteAccess = 'public' | 'sign-in' | 'signed-in' | 'source' | { permission: Permission };

/** A registered route as the access test sees it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * A background poll (e.g. the unread-notice count): it authenticates like any request but is
     * not the user's activity, so it does not keep an idle session alive.
     */
    passive?: boolean;
  }
  interface FastifyInstance {
    /** Every route registered on this app, with its declared access. */
    routeCatalogue: RouteEntry[];
  }
  interface FastifyRequest {
    /** Who made the request, once the guard has authenticated it (absent on public routes). */
    actor?: RequestActor;
  }
}

/** Records each route as it is registered (call before any route is added). */
export function trackRoutes(app: FastifyInstance): void {
  const catalogue: RouteEntry[] = [];
  app.decorate('routeCatalogue', catalogue);
  app.decorateRequest('actor', undefined);
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
