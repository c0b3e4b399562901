import type { AppModule } from '../../app-module.ts';
import { registerOrgRoutes } from './orgs.routes.ts';

/** The org tree (组织机构). */
export const orgsModule: AppModule = {
  name: 'orgs',
  prefix: '/api/orgs',
  register: (app, context) => registerOrgRoutes(app, context.services.orgs),
};
