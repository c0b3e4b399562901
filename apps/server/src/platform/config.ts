import path from 'node:path';
import { z } from 'zod';

/** Where the embedded database lives when DATABASE_URL is not set. */
export const DEFAULT_SQLITE_FILE = path.resolve(process.cwd(), 'data', 'jiandu.sqlite');

/** Where evidence files are stored when JIANDU_BLOB_DIR is not set. */
export const DEFAULT_BLOB_DIR = path.resolve(process.cwd(), 'data', 'blobs');

/** The largest evidence file accepted when EVIDENCE_MAX_BYTES is not set: 2 GiB. */
export const DEFAULT_EVIDENCE_MAX_BYTES = 2 * 1024 ** 3;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .default(`sqlite:${DEFAULT_SQLITE_FILE}`)
    .refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
      message: '须为 sqlite:路径 或 postgres://… 形式 (must be sqlite:PATH or postgres://…)',
    }),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ID: z.string().min(1).optional(),
  JOBS_ENABLED: z.enum(['true', 'false']).default('true'),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(5).max(86_400).default(60),
  JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  DEMO_SEED: z.enum(['true', 'false']).default('true'),
  DEMO_DATA: z.enum(['full', 'base']).default('full'),
  PUBLIC_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, { message: '须为 http(s)://主机[:端口], 末尾不带斜杠' })
    .default('http://localhost:3000'),
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  JIANDU_BLOB_DIR: z.string().min(1).default(DEFAULT_BLOB_DIR),
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1).default(DEFAULT_EVIDENCE_MAX_BYTES),
  DEADLINE_REMINDER_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  SUPERVISION_NOTIFICATION_DAYS: z.coerce.number().int().min(1).max(180).default(15),
  SUPERVISION_RECOMMENDATION_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  SUPERVISION_OPINION_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  SUPERVISION_DECISION_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  SUPERVISION_OBJECTION_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  SUPERVISION_OBJECTION_DECISION_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(15),
  SUPERVISION_ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(180).default(15),
  REFERRAL_APPROVAL_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  REFERRAL_TRANSFER_HOURS: z.coerce.number().int().min(1).max(240).default(24),
  REFERRAL_POLICE_FEEDBACK_DAYS: z.coerce.number().int().min(1).max(90).default(3),
  REFERRAL_DISCIPLINE_FEEDBACK_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  REFERRAL_PROCURATORATE_FEEDBACK_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  REFERRAL_HANDOVER_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  REFERRAL_RECONSIDERATION_REQUEST_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  REFERRAL_RECONSIDERATION_DECISION_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  REFERRAL_SUPERVISION_REQUEST_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  REFERRAL_SUPERVISION_FEEDBACK_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  REFERRAL_REMINDER_HOURS: z.coerce.number().int().min(1).max(240).default(24),
  COMPLAINT_SUBMISSIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  COMPLAINT_SUBMISSIONS_PER_PHONE_PER_DAY: z.coerce.number().int().min(1).max(1000).default(3),
  COMPLAINT_TRACKING_FAILURES_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
  COMPLAINT_ATTACHMENTS_MAX: z.coerce.number().int().min(0).max(10).default(3),
  COMPLAINT_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  COMPLAINT_REOPEN_DAYS: z.coerce.number().int().min(1).max(365).default(15),
  COMPLAINT_CHALLENGE_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(600),
});

/** Runtime settings of one Jiandu process, read once from the environment at boot. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  logLevel: (typeof LOG_LEVELS)[number];
  nodeId: string | undefined;
  jobsEnabled: boolean;
  jobLeaseSeconds: number;
  jobPollMs: number;
  shutdownGraceMs: number;
  trustProxy: boolean;
  /** Load the Liaoning demo into an empty database at start. */
  demoSeed: boolean;
  /**
   * How much demo: `full` adds qualifications, officers, certificates, pools and equipment to the
   * `base` of org tree and accounts (tests start from the base and add what they need).
   */
  demoData: 'full' | 'base';
  /** The portal's public address, encoded in certificate QR codes (亮证). */
  publicBaseUrl: string;
  /** Requests per minute per client address on /api/public/… and on password sign-in. */
  rateLimits: { publicPerMinute: number; loginPerMinute: number };
  /** Root directory of the evidence file store (content-addressed, see docs/evidence-store.md). */
  blobDir: string;
  /** Largest evidence file accepted, in bytes (default 2 GiB). */
  evidenceMaxBytes: number;
  /** Working days before a case deadline at which its agency is reminded. */
  deadlineReminderWorkingDays: number;
  /** The supervision loop's periods (see modules/matters/supervision-periods.ts). */
  supervisionPeriods: {
    noticeDays: { notification: number; recommendation: number; opinion: number; decision: number };
    objectionWorkingDays: number;
    objectionDecisionWorkingDays: number;
    reminderWorkingDays: number;
    escalateAfterDays: number;
  };
  /** The referral periods (see modules/referrals/referral-periods.ts); built-in defaults when absent. */
  referralPeriods?: {
    approvalDays: number;
    transferHours: number;
    feedbackDays: { police: number; discipline: number; procuratorate: number };
    handoverDays: number;
    reconsiderationRequestDays: number;
    reconsiderationDecisionDays: number;
    supervisionRequestDays: number;
    supervisionFeedbackDays: number;
    reminderHours: number;
  };
  /** The complaint periods and limits (see modules/complaints/complaint-periods.ts); defaults when absent. */
  complaintPeriods?: ComplaintPeriodsConfig;
  /** The public complaint limits from the environment (COMPLAINT_*), laid over the complaint periods. */
  complaintLimits?: ComplaintLimitsConfig;
}

/** What the public may do with complaints: submissions, tracking guesses, attachments, the reopen window. */
export interface ComplaintLimitsConfig {
  submissionsPerIpPerHour: number;
  submissionsPerPhonePerDay: number;
  trackingFailuresPerHour: number;
  attachmentsMax: number;
  attachmentMaxBytes: number;
  reopenDays: number;
  challengeTtlSeconds: number;
}

/** Complaint profiles, reminders, reopen window, duplicate detection and public limits. */
export interface ComplaintPeriodsConfig extends ComplaintLimitsConfig {
  profiles: Record<
    'complaint' | 'petition',
    {
      acceptAmount: number;
      acceptUnit: 'calendar' | 'working';
      acceptBasis: string;
      answerAmount: number;
      answerUnit: 'calendar' | 'working';
      answerBasis: string;
      maxExtensionDays: number;
      /** 信访 复查 and 复核: request window and answer period in calendar days, with their basis. */
      reviews: Record<
        'review' | 'recheck',
        { requestDays: number; requestBasis: string; answerDays: number; answerBasis: string }
      > | null;
    }
  >;
  /** What a complainant routed to 行政复议 or 行政诉讼 is told: application and decision periods. */
  routeOut: {
    reconsideration: {
      applyDays: number;
      applyBasis: string;
      decideDays: number;
      decideExtensionDays: number;
      decideBasis: string;
    };
    litigation: { applyMonths: number; applyBasis: string };
  };
  /** 12345 work orders: answer period per order type (投诉 / 举报) and the 回访 tries before unreachable. */
  hotline: {
    answer: Record<'complaint' | 'report', { amount: number; unit: 'calendar' | 'working'; basis: string }>;
    callbackAttempts: number;
  };
  reminderWorkingDays: number;
  duplicateWindowDays: number;
  similarityThreshold: number;
}

/** Thrown when the environment is invalid; lists every problem at once so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment into a Config or throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}: ${issue.message} (当前值: ${String(picked[String(issue.path[0])])})`,
      ),
    );
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    logLevel: c.LOG_LEVEL,
    nodeId: c.NODE_ID,
    jobsEnabled: c.JOBS_ENABLED === 'true',
    jobLeaseSeconds: c.JOB_LEASE_SECONDS,
    jobPollMs: c.JOB_POLL_MS,
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    trustProxy: c.TRUST_PROXY === 'true',
    demoSeed: c.DEMO_SEED === 'true',
    demoData: c.DEMO_DATA,
    publicBaseUrl: c.PUBLIC_BASE_URL,
    rateLimits: {
      publicPerMinute: c.RATE_LIMIT_PUBLIC_PER_MINUTE,
      loginPerMinute: c.RATE_LIMIT_LOGIN_PER_MINUTE,
    },
    blobDir: path.resolve(c.JIANDU_BLOB_DIR),
    evidenceMaxBytes: c.EVIDENCE_MAX_BYTES,
    deadlineReminderWorkingDays: c.DEADLINE_REMINDER_WORKING_DAYS,
    supervisionPeriods: {
      noticeDays: {
        notification: c.SUPERVISION_NOTIFICATION_DAYS,
        recommendation: c.SUPERVISION_RECOMMENDATION_DAYS,
        opinion: c.SUPERVISION_OPINION_DAYS,
        decision: c.SUPERVISION_DECISION_DAYS,
      },
      objectionWorkingDays: c.SUPERVISION_OBJECTION_WORKING_DAYS,
      objectionDecisionWorkingDays: c.SUPERVISION_OBJECTION_DECISION_WORKING_DAYS,
      reminderWorkingDays: c.DEADLINE_REMINDER_WORKING_DAYS,
      escalateAfterDays: c.SUPERVISION_ESCALATE_AFTER_DAYS,
    },
    referralPeriods: {
      approvalDays: c.REFERRAL_APPROVAL_DAYS,
      transferHours: c.REFERRAL_TRANSFER_HOURS,
      feedbackDays: {
        police: c.REFERRAL_POLICE_FEEDBACK_DAYS,
        discipline: c.REFERRAL_DISCIPLINE_FEEDBACK_DAYS,
        procuratorate: c.REFERRAL_PROCURATORATE_FEEDBACK_DAYS,
      },
      handoverDays: c.REFERRAL_HANDOVER_DAYS,
      reconsiderationRequestDays: c.REFERRAL_RECONSIDERATION_REQUEST_DAYS,
      reconsiderationDecisionDays: c.REFERRAL_RECONSIDERATION_DECISION_DAYS,
      supervisionRequestDays: c.REFERRAL_SUPERVISION_REQUEST_DAYS,
      supervisionFeedbackDays: c.REFERRAL_SUPERVISION_FEEDBACK_DAYS,
      reminderHours: c.REFERRAL_REMINDER_HOURS,
    },
    complaintLimits: {
      submissionsPerIpPerHour: c.COMPLAINT_SUBMISSIONS_PER_IP_PER_HOUR,
      submissionsPerPhonePerDay: c.COMPLAINT_SUBMISSIONS_PER_PHONE_PER_DAY,
      trackingFailuresPerHour: c.COMPLAINT_TRACKING_FAILURES_PER_HOUR,
      attachmentsMax: c.COMPLAINT_ATTACHMENTS_MAX,
      attachmentMaxBytes: c.COMPLAINT_ATTACHMENT_MAX_BYTES,
      reopenDays: c.COMPLAINT_REOPEN_DAYS,
      challengeTtlSeconds: c.COMPLAINT_CHALLENGE_TTL_SECONDS,
    },
  };
}
