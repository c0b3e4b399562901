import type { AppModule } from '../../app-module.ts';
import { registerCampaignRoutes } from './campaigns.routes.ts';
import { registerPlanRoutes } from './plans.routes.ts';

/** Annual supervision plans (/api/supervision-plans). */
export const supervisionPlansModule: AppModule = {
  name: 'supervision-plans',
  prefix: '/api/supervision-plans',
  register: (app, { services }) => registerPlanRoutes(app, services.plans),
};

/** Campaigns (/api/campaigns). */
export const campaignsModule: AppModule = {
  name: 'campaigns',
  prefix: '/api/campaigns',
  register: (app, { services }) => registerCampaignRoutes(app, services.campaigns),
};
