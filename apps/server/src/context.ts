import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { migrations } from './migrations/index.ts';
import { AgencyService } from './modules/agencies/agencies.service.ts';
import { CaseReviewService } from './modules/case-reviews/case-reviews.service.ts';
import { registerCaseJobs } from './modules/cases/cases.jobs.ts';
import { CaseService } from './modules/cases/cases.service.ts';
import { CatalogueService } from './modules/catalogue/catalogue.service.ts';
import { DEFAULT_COMPLAINT_PERIODS } from './modules/complaints/complaint-periods.ts';
import { COMPLAINT_SYSTEM_CLOCK } from './modules/complaints/complaint-ports.ts';
import { ComplaintThrottle } from './modules/complaints/complaint-throttle.ts';
import { registerComplaintJobs } from './modules/complaints/complaints.jobs.ts';
import { ComplaintService } from './modules/complaints/complaints.service.ts';
import { EquipmentService } from './modules/equipment/equipment.service.ts';
import { AuthService } from './modules/identity/auth.service.ts';
import { PolicyService } from './modules/identity/policy.service.ts';
import { RoleService } from './modules/identity/roles.service.ts';
import { SessionService } from './modules/identity/sessions.service.ts';
import { UserService } from './modules/identity/users.service.ts';
import { SYSTEM_CLOCK } from './modules/matters/matter-ports.ts';
import { registerMatterJobs } from './modules/matters/matters.jobs.ts';
import { MatterService } from './modules/matters/matters.service.ts';
import { NoticeService } from './modules/matters/notices.service.ts';
import type { SupervisionPeriods } from './modules/matters/supervision-periods.ts';
import { CertificateService } from './modules/officers/certificates.service.ts';
import { registerOfficerJobs } from './modules/officers/officers.jobs.ts';
import { OfficerService } from './modules/officers/officers.service.ts';
import { PublicOfficerService } from './modules/officers/public-officers.service.ts';
import { StaffingService } from './modules/officers/staffing.service.ts';
import { TrainingService } from './modules/officers/trainings.service.ts';
import { OrgService } from './modules/orgs/orgs.service.ts';
import { ExpertPoolService } from './modules/people/experts.service.ts';
import { InvitedSupervisorService } from './modules/people/supervisors.service.ts';
import { TalentPoolService } from './modules/people/talents.service.ts';
import { DEFAULT_REFERRAL_PERIODS } from './modules/referrals/referral-periods.ts';
import { REFERRAL_SYSTEM_CLOCK } from './modules/referrals/referral-ports.ts';
import { registerReferralJobs } from './modules/referrals/referrals.jobs.ts';
import { ReferralService } from './modules/referrals/referrals.service.ts';
import { RegionService } from './modules/regions/regions.service.ts';
import { SourceService } from './modules/sources/sources.service.ts';
import { CampaignService } from './modules/supervision-plans/campaigns.service.ts';
import { PlanService } from './modules/supervision-plans/plans.service.ts';
import { WarningRuleService } from './modules/warnings/warning-rules.service.ts';
import { registerWarningJobs } from './modules/warnings/warnings.jobs.ts';
import { WarningService } from './modules/warnings/warnings.service.ts';
import { registerAuditJobs } from './platform/audit/audit.jobs.ts';
import { registerCalendarJobs } from './platform/calendar/calendar.jobs.ts';
import { CalendarService } from './platform/calendar/calendar.service.ts';
import { todayInShanghai } from './platform/calendar/dates.ts';
import type { Config } from './platform/config.ts';
import { registerEncryptedColumns } from './platform/crypto/encrypted-columns.ts';
import { type Keyring, loadOrCreateKeyring } from './platform/crypto/keyring.ts';
import { type DatabaseHandle, openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import type { Database } from './platform/db/tables.ts';
import { newId } from './platform/ids.ts';
import { registerJobHousekeeping } from './platform/jobs/jobs.jobs.ts';
import { type JobHandler, JobScheduler, type RecurringJob } from './platform/jobs/scheduler.ts';
import { NotificationService } from './platform/notifications/notifications.ts';
import { registerOutboxJobs } from './platform/outbox/outbox.jobs.ts';
import { Outbox } from './platform/outbox/outbox.ts';
import { registerBlobJobs } from './platform/storage/blobs.jobs.ts';
import { BlobService } from './platform/storage/blobs.ts';
import { LocalBlobStore } from './platform/storage/local-blob-store.ts';

/** The module services, built once per node. */
export interface Services {
  regions: RegionService;
  orgs: OrgService;
  policy: PolicyService;
  auth: AuthService;
  sessions: SessionService;
  users: UserService;
  roles: RoleService;
  sources: SourceService;
  invitedSupervisors: InvitedSupervisorService;
  expertPool: ExpertPoolService;
  talentPool: TalentPoolService;
  equipment: EquipmentService;
  agencies: AgencyService;
  officers: OfficerService;
  trainings: TrainingService;
  certificates: CertificateService;
  staffing: StaffingService;
  publicOfficers: PublicOfficerService;
  notifications: NotificationService;
  outbox: Outbox;
  catalogue: CatalogueService;
  cases: CaseService;
  warnings: WarningService;
  warningRules: WarningRuleService;
  matters: MatterService;
  notices: NoticeService;
  plans: PlanService;
  campaigns: CampaignService;
  caseReviews: CaseReviewService;
  referrals: ReferralService;
  complaints: ComplaintService;
}

function createServices(
  db: DatabaseHandle<Database>['db'],
  keyring: Keyring,
  calendar: CalendarService,
  blobs: BlobService,
  periods: SupervisionPeriods,
  referralPeriods = DEFAULT_REFERRAL_PERIODS,
  complaintPeriods = DEFAULT_COMPLAINT_PERIODS,
): Services {
  const regions = new RegionService(db);
  const orgs = new OrgService(db, regions);
  const policy = new PolicyService(db);
  const officers = new OfficerService(db, orgs, keyring);
  const agencies = new AgencyService(db, orgs);
  const certificates = new CertificateService(db, orgs, officers);
  const catalogue = new CatalogueService(db, orgs, agencies);
  // The outbox asks the sources for a webhook only when it delivers, by which time both exist.
  const outbox: Outbox = new Outbox(db, { resolve: (id) => sources.webhookTarget(id) });
  const sources: SourceService = new SourceService(db, orgs, keyring, outbox);
  const cases = new CaseService(db, keyring, orgs, calendar, { certificates, catalogue, agencies, blobs });
  const warnings = new WarningService(db);
  const matterPorts = {
    orgs,
    certificates,
    cases,
    warnings,
    sources,
    blobs,
    calendar,
    periods,
    clock: SYSTEM_CLOCK,
  };
  const matters = new MatterService(db, matterPorts);
  const planPorts = { orgs, matters, warnings, blobs };
  const users = new UserService(db, orgs, keyring);
  const roles = new RoleService(db);
  const invitedSupervisors = new InvitedSupervisorService(db, orgs, regions, keyring);
  const expertPool = new ExpertPoolService(db, orgs, keyring);
  const caseReviewPorts = {
    orgs,
    cases,
    agencies,
    expertPool,
    invitedSupervisors,
    users,
    roles,
    matters,
    calendar,
  };
  const complaints = new ComplaintService(db, {
    orgs,
    matters,
    blobs,
    calendar,
    keyring,
    periods: complaintPeriods,
    throttle: new ComplaintThrottle(),
    clock: COMPLAINT_SYSTEM_CLOCK,
    certificateHolder: async (number) => {
      const holder = (await certificates.officersByCertificate([number], todayInShanghai())).get(number);
      return holder?.exists && holder.officerName && holder.orgId
        ? { officerName: holder.officerName, orgId: holder.orgId }
        : null;
    },
    caseDecision: (target) => cases.decisionOf(target),
  });
  return {
    regions,
    orgs,
    policy,
    auth: new AuthService(db, policy, keyring),
    sessions: new SessionService(db, policy),
    users,
    roles,
    sources,
    invitedSupervisors,
    expertPool,
    talentPool: new TalentPoolService(db, orgs),
    equipment: new EquipmentService(db, orgs),
    agencies,
    officers,
    trainings: new TrainingService(db, officers),
    certificates,
    staffing: new StaffingService(db, orgs, regions),
    publicOfficers: new PublicOfficerService(db, orgs),
    notifications: new NotificationService(db),
    outbox,
    catalogue,
    cases,
    warnings,
    warningRules: new WarningRuleService(db, orgs, regions),
    matters,
    notices: new NoticeService(db, matterPorts, matters),
    plans: new PlanService(db, planPorts),
    campaigns: new CampaignService(db, planPorts),
    caseReviews: new CaseReviewService(db, caseReviewPorts),
    referrals: new ReferralService(db, {
      orgs,
      certificates,
      cases,
      matters,
      complaints,
      blobs,
      calendar,
      periods: referralPeriods,
      clock: REFERRAL_SYSTEM_CLOCK,
    }),
    complaints,
  };
}

// Encrypted personal-data columns, so key rotation finds them all.
registerEncryptedColumns({
  table: 'app_user',
  idColumn: 'id',
  columns: ['id_number_enc', 'phone_enc', 'totp_secret_enc'],
});

registerEncryptedColumns({
  table: 'invited_supervisor',
  idColumn: 'id',
  columns: ['id_number_enc', 'phone_enc'],
});
registerEncryptedColumns({ table: 'expert', idColumn: 'id', columns: ['id_number_enc', 'phone_enc'] });
registerEncryptedColumns({ table: 'officer', idColumn: 'id', columns: ['id_number_enc', 'phone_enc'] });
registerEncryptedColumns({ table: 'source_system', idColumn: 'id', columns: ['webhook_secret_enc'] });
registerEncryptedColumns({ table: 'case_version', idColumn: 'id', columns: ['party_secret'] });
registerEncryptedColumns({
  table: 'complaint',
  idColumn: 'id',
  columns: ['name_enc', 'phone_enc', 'id_number_enc'],
});

/** Everything a running Jiandu node holds: the database, the services and the scheduler. */
export interface AppContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle<Database>;
  calendar: CalendarService;
  /** The evidence file store (content-addressed, SHA-256 and SM3). */
  blobs: BlobService;
  keyring: Keyring;
  services: Services;
  scheduler: JobScheduler;
  recurringJobs: RecurringJob[];
}

/** Extra job handlers (tests register theirs this way). */
export type ExtraHandlers = Record<string, JobHandler>;

/** Opens the database and wires the services. Migrations run only when `migrate` is set. */
export async function createContext(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; extraHandlers?: ExtraHandlers; keyring?: Keyring } = {},
): Promise<AppContext> {
  const database = openDatabase<Database>(config.databaseUrl);
  try {
    if (options.migrate) {
      const applied = await migrateToLatest(database.db, migrations);
      if (applied.length) logger.info({ applied }, 'migrations applied');
    }
    const calendar = new CalendarService(database.db);
    const blobs = new BlobService(database.db, new LocalBlobStore(config.blobDir), {
      maxBytes: config.evidenceMaxBytes,
    });
    const keyring = options.keyring ?? loadOrCreateKeyring();
    const services = createServices(
      database.db,
      keyring,
      calendar,
      blobs,
      config.supervisionPeriods,
      config.referralPeriods,
      { ...(config.complaintPeriods ?? DEFAULT_COMPLAINT_PERIODS), ...config.complaintLimits },
    );
    const scheduler = new JobScheduler(database.db, {
      nodeId: config.nodeId ?? `${hostname()}:${process.pid}:${newId().slice(-6)}`,
      leaseSeconds: config.jobLeaseSeconds,
      pollMs: config.jobPollMs,
      logger: logger.child({ component: 'jobs' }),
    });
    const recurringJobs = [
      ...registerCalendarJobs(scheduler, calendar),
      ...registerJobHousekeeping(scheduler, database.db),
      ...registerAuditJobs(scheduler, database.db),
      ...registerOfficerJobs(scheduler, services.certificates),
      ...registerCaseJobs(scheduler, services.cases, () => config.deadlineReminderWorkingDays),
      ...registerWarningJobs(scheduler, {
        db: database.db,
        cases: services.cases,
        registers: services,
        calendar,
        rules: services.warningRules,
        warnings: services.warnings,
        catalogue: services.catalogue,
        orgs: services.orgs,
      }),
      ...registerMatterJobs(scheduler, services.notices),
      ...registerReferralJobs(scheduler, services.referrals),
      ...registerComplaintJobs(scheduler, services.complaints),
      ...registerOutboxJobs(scheduler, database.db, services.outbox),
      ...registerBlobJobs(scheduler, blobs),
    ];
    for (const [name, handler] of Object.entries(options.extraHandlers ?? {}))
      scheduler.register(name, handler);
    return { config, logger, database, calendar, blobs, keyring, services, scheduler, recurringJobs };
  } catch (error) {
    await database.close();
    throw error;
  }
}
