import type { AppModule } from '../../app-module.ts';
import { registerAuditTrailRoutes } from './audit-trail.routes.ts';

/** The audit trail as the audit administrator reads it (/api/audit-events). */
export const auditTrailModule: AppModule = {
  name: 'audit-trail',
  prefix: '/api/audit-events',
  register: (app, context) => registerAuditTrailRoutes(app, context.database.db),
};
