import type { Migration } from 'kysely';
import * as platform from './2026-11-27-01-platform.ts';
import * as auditChain from './2026-11-27-02-audit-chain.ts';
import * as regions from './2026-11-27-03-regions.ts';
import * as identity from './2026-11-27-04-identity.ts';
import * as agencies from './2026-11-28-01-agencies.ts';
import * as officers from './2026-11-28-02-officers.ts';
import * as people from './2026-11-28-03-people.ts';
import * as equipment from './2026-11-28-04-equipment.ts';
import * as catalogue from './2026-11-28-05-catalogue.ts';
import * as cases from './2026-11-28-06-cases.ts';
import * as evidenceBlobs from './2026-11-28-07-evidence-blobs.ts';
import * as outbox from './2026-11-28-08-outbox.ts';
import * as warnings from './2026-11-29-01-warnings.ts';
import * as caseActedOn from './2026-11-29-02-case-acted-on.ts';
import * as matters from './2026-11-30-01-matters.ts';
import * as plansCampaigns from './2026-11-30-03-plans-campaigns.ts';
import * as caseReviews from './2026-11-30-04-case-reviews.ts';
import * as complaints from './2026-12-01-01-complaints.ts';
import * as referrals from './2026-12-01-02-referrals.ts';
import * as complaintHotline from './2026-12-02-01-complaint-hotline.ts';
import * as referralReviews from './2026-12-02-05-referral-reviews.ts';
import * as complaintMatchKeys from './2026-12-03-01-complaint-match-keys.ts';
import * as complaintReviews from './2026-12-04-01-complaint-reviews.ts';
import * as complaintHotlineLoop from './2026-12-04-11-complaint-hotline-loop.ts';
import * as qualificationEventIndex from './2026-12-05-01-qualification-event-index.ts';

/**
 * Every migration, by dated name. Names sort in the order they run; a migration is frozen once it
 * has landed: change the schema with a new one.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-01-platform': platform,
  '2026-11-27-02-audit-chain': auditChain,
  '2026-11-27-03-regions': regions,
  '2026-11-27-04-identity': identity,
  '2026-11-28-01-agencies': agencies,
  '2026-11-28-02-officers': officers,
  '2026-11-28-03-people': people,
  '2026-11-28-04-equipment': equipment,
  '2026-11-28-05-catalogue': catalogue,
  '2026-11-28-06-cases': cases,
  '2026-11-28-07-evidence-blobs': evidenceBlobs,
  '2026-11-28-08-outbox': outbox,
  '2026-11-29-02-case-acted-on': caseActedOn,
  '2026-11-29-01-warnings': warnings,
  '2026-11-30-01-matters': matters,
  '2026-11-30-03-plans-campaigns': plansCampaigns,
  '2026-11-30-04-case-reviews': caseReviews,
  '2026-12-01-01-complaints': complaints,
  '2026-12-01-02-referrals': referrals,
  '2026-12-02-01-complaint-hotline': complaintHotline,
  '2026-12-02-05-referral-reviews': referralReviews,
  '2026-12-03-01-complaint-match-keys': complaintMatchKeys,
  '2026-12-04-01-complaint-reviews': complaintReviews,
  '2026-12-04-11-complaint-hotline-loop': complaintHotlineLoop,
  '2026-12-05-01-qualification-event-index': qualificationEventIndex,
};
