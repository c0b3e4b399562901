import type { AppModule } from '../../app-module.ts';
import { registerReferralAttachmentRoutes } from './attachments.routes.ts';
import { registerReferralRoutes } from './referrals.routes.ts';

/** Referrals of leads to 纪检监察, 公安 and 检察 (/api/referrals), with their files and 移送书. */
export const referralsModule: AppModule = {
  name: 'referrals',
  prefix: '/api/referrals',
  register: async (app, { services }) => {
    registerReferralRoutes(app, services.referrals);
    await app.register(async (scope) => registerReferralAttachmentRoutes(scope, services.referrals));
  },
};
