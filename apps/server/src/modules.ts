import type { FastifyInstance } from 'fastify';
import type { AppModule } from './app-module.ts';
import type { AppContext } from './context.ts';
import { agenciesModule, publicAgenciesModule } from './modules/agencies/agencies.module.ts';
import { auditTrailModule } from './modules/audit-trail/audit-trail.module.ts';
import { caseReviewsModule } from './modules/case-reviews/case-reviews.module.ts';
import {
  casesModule,
  exchangeCasesModule,
  publicationPeriodsModule,
  publicDecisionsModule,
} from './modules/cases/cases.module.ts';
import { benchmarksModule, itemsModule, publicItemsModule } from './modules/catalogue/catalogue.module.ts';
import { complaintsModule, publicComplaintsModule } from './modules/complaints/complaints.module.ts';
import { equipmentModule } from './modules/equipment/equipment.module.ts';
import { authModule, rolesModule, usersModule } from './modules/identity/identity.module.ts';
import { mattersModule, noticesModule } from './modules/matters/matters.module.ts';
import {
  certificatesModule,
  officersModule,
  publicOfficersModule,
  staffingModule,
} from './modules/officers/officers.module.ts';
import { orgsModule } from './modules/orgs/orgs.module.ts';
import { peopleModule } from './modules/people/people.module.ts';
import { referralsModule } from './modules/referrals/referrals.module.ts';
import { regionsModule } from './modules/regions/regions.module.ts';
import { exchangeIdentityModule, sourcesModule } from './modules/sources/sources.module.ts';
import {
  campaignsModule,
  supervisionPlansModule,
} from './modules/supervision-plans/supervision-plans.module.ts';
import { warningRulesModule, warningsModule } from './modules/warnings/warnings.module.ts';

/**
 * The business modules, in the order they register. Explicit on purpose: adding a module is one
 * line here, and nothing is discovered by scanning folders.
 */
export const MODULES: AppModule[] = [
  regionsModule,
  orgsModule,
  authModule,
  usersModule,
  rolesModule,
  sourcesModule,
  exchangeIdentityModule,
  auditTrailModule,
  peopleModule,
  equipmentModule,
  agenciesModule,
  publicAgenciesModule,
  officersModule,
  certificatesModule,
  staffingModule,
  publicOfficersModule,
  itemsModule,
  benchmarksModule,
  publicItemsModule,
  casesModule,
  publicationPeriodsModule,
  publicDecisionsModule,
  exchangeCasesModule,
  warningsModule,
  warningRulesModule,
  mattersModule,
  noticesModule,
  supervisionPlansModule,
  campaignsModule,
  caseReviewsModule,
  referralsModule,
  complaintsModule,
  publicComplaintsModule,
];

/** Registers every module's routes under its prefix. */
export async function registerModules(app: FastifyInstance, context: AppContext): Promise<void> {
  for (const module of MODULES) {
    await app.register(async (scope) => module.register(scope, context), { prefix: module.prefix });
  }
}
