import type { AppModule } from '../../app-module.ts';
import { registerAgencyRoutes } from './agencies.routes.ts';
import { registerPublicAgencyRoutes } from './agencies-public.routes.ts';

/** Agency qualification in the console (执法主体资格确认). */
export const agenciesModule: AppModule = {
  name: 'agencies',
  prefix: '/api/agencies',
  register: (app, { services }) => registerAgencyRoutes(app, services.agencies),
};

/** Published agencies for the public portal, no sign-in. */
export const publicAgenciesModule: AppModule = {
  name: 'public-agencies',
  prefix: '/api/public/agencies',
  register: (app, { services }) => registerPublicAgencyRoutes(app, services.agencies),
};
