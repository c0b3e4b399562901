import type { AppModule } from '../../app-module.ts';
import { registerAgeLimitRoutes } from './age-limits.routes.ts';
import { registerExpertRoutes } from './experts.routes.ts';
import { registerParticipationRoutes } from './participations.routes.ts';
import { registerSupervisorRoutes } from './supervisors.routes.ts';
import { registerTalentRoutes } from './talents.routes.ts';

/** Supervision people (监督人员库): invited supervisors, the expert pool and the talent pool. */
export const peopleModule: AppModule = {
  name: 'people',
  prefix: '/api/people',
  register: (app, context) => {
    const { invitedSupervisors, expertPool, talentPool } = context.services;
    registerSupervisorRoutes(app, invitedSupervisors);
    registerParticipationRoutes(app, invitedSupervisors.participations);
    registerAgeLimitRoutes(app, invitedSupervisors.ageLimits);
    registerExpertRoutes(app, expertPool);
    registerTalentRoutes(app, talentPool);
  },
};
