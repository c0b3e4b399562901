import type { AppModule } from '../../app-module.ts';
import { registerSourceRoutes, registerWhoAmI } from './sources.routes.ts';
import { registerWebhookRoutes } from './webhooks.routes.ts';

/** Source systems (数据来源系统), their tokens, and their webhooks with the deliveries to them. */
export const sourcesModule: AppModule = {
  name: 'sources',
  prefix: '/api/sources',
  register: (app, { services }) => {
    registerSourceRoutes(app, services.sources);
    registerWebhookRoutes(app, services.sources);
  },
};

/** The exchange API's identity check, so an integrator can test a token (/api/exchange/v1/whoami). */
export const exchangeIdentityModule: AppModule = {
  name: 'exchange-identity',
  prefix: '/api/exchange/v1',
  register: (app, { services }) => registerWhoAmI(app, services.orgs),
};
