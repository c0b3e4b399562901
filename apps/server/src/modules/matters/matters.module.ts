import type { AppModule } from '../../app-module.ts';
import { registerAttachmentRoutes } from './attachments.routes.ts';
import { registerMatterRoutes } from './matters.routes.ts';
import { registerNoticeRoutes } from './notices.routes.ts';

/** Supervision matters (/api/matters) with their investigation, notices issued and attachments. */
export const mattersModule: AppModule = {
  name: 'matters',
  prefix: '/api/matters',
  register: async (app, { services }) => {
    registerMatterRoutes(app, services.matters, services.notices);
    await app.register(async (scope) => registerAttachmentRoutes(scope, services.matters));
  },
};

/** Supervision notices (/api/notices): the agency's inbox and answers, verification, objections. */
export const noticesModule: AppModule = {
  name: 'notices',
  prefix: '/api/notices',
  register: (app, { services }) => registerNoticeRoutes(app, services.notices),
};
