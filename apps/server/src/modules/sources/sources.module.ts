import type { AppModule } from '../../app-module.ts';
import { registerSourceRoutes } from './sources.routes.ts';

/** Source systems (数据来源系统) and their tokens. */
export const sourcesModule: AppModule = {
  name: 'sources',
  prefix: '/api/sources',
  register: (app, { services }) => registerSourceRoutes(app, services.sources),
};
