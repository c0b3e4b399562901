import type { AppModule } from '../../app-module.ts';
import { registerRegionRoutes } from './regions.routes.ts';

/** The region tree (行政区划): public lookups under /api/regions. */
export const regionsModule: AppModule = {
  name: 'regions',
  prefix: '/api/regions',
  register: (app, { services }) => registerRegionRoutes(app, services.regions),
};
