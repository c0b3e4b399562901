import type { AppModule } from '../../app-module.ts';
import { registerBacktestRoutes } from './backtest.routes.ts';
import { registerWarningRuleRoutes } from './warning-rules.routes.ts';
import { registerWarningRoutes } from './warnings.routes.ts';

/** The warning centre (/api/warnings). */
export const warningsModule: AppModule = {
  name: 'warnings',
  prefix: '/api/warnings',
  register: (app, { services }) => registerWarningRoutes(app, services.warnings),
};

/** The warning rules, their parameters and quality (/api/warning-rules). */
export const warningRulesModule: AppModule = {
  name: 'warning-rules',
  prefix: '/api/warning-rules',
  register: (app, { services, calendar }) => {
    registerWarningRuleRoutes(app, services.warningRules);
    registerBacktestRoutes(app, services.warningRules, {
      cases: services.cases,
      catalogue: services.catalogue,
      orgs: services.orgs,
      registers: services,
      calendar,
      loadParameters: () => services.warningRules.loadResolver(),
    });
  },
};
