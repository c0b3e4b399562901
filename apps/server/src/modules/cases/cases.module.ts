import type { AppModule } from '../../app-module.ts';
import { registerCaseRoutes } from './cases.routes.ts';
import { registerEvidenceRoutes } from './evidence.routes.ts';
import { registerExchangeCaseRoutes } from './exchange.routes.ts';
import {
  registerPeriodRoutes,
  registerPublicationRoutes,
  registerPublicDecisionRoutes,
} from './publicity.routes.ts';

/** The exchange API's case endpoints (/api/exchange/v1/cases), for source systems with a token. */
export const exchangeCasesModule: AppModule = {
  name: 'exchange-cases',
  prefix: '/api/exchange/v1',
  register: (app, { services }) => registerExchangeCaseRoutes(app, services.cases),
};

/** Enforcement cases in the console (/api/cases). */
export const casesModule: AppModule = {
  name: 'cases',
  prefix: '/api/cases',
  register: async (app, { services }) => {
    registerCaseRoutes(app, services.cases);
    registerPublicationRoutes(app, services.cases);
    await app.register(async (scope) => registerEvidenceRoutes(scope, services.cases));
  },
};

/** The publication period table (/api/publication-periods). */
export const publicationPeriodsModule: AppModule = {
  name: 'publication-periods',
  prefix: '/api/publication-periods',
  register: (app, { services }) => registerPeriodRoutes(app, services.cases),
};

/** Published decisions on the portal (/api/public/decisions), no sign-in. */
export const publicDecisionsModule: AppModule = {
  name: 'public-decisions',
  prefix: '/api/public/decisions',
  register: (app, { services, config }) =>
    registerPublicDecisionRoutes(app, services.cases, config.publicBaseUrl),
};
