/*
 * The defects the generator plants, named after the warning rules of exchange v1 that should find
 * them, with the rate at which each is planted among the cases it can occur in. Rates follow what
 * case-file reviews (案卷评查) and supervision reports typically find: a few percent each, late
 * publicity the most common. Dates are planted clearly over or under the limits in calendar days,
 * so a defect holds whatever the holiday calendar, and labels hold when the cases are judged on
 * the generator's `to` day.
 */

/** The planted defects, each the ruleCode of the warning that should fire. */
export const PLANTED_DEFECTS = [
  'ITEM_NOT_IN_CATALOGUE',
  'OFFICER_NOT_CERTIFIED',
  'TOO_FEW_OFFICERS',
  'LIMITATION_EXPIRED',
  'SIMPLE_PROCEDURE_MISUSED',
  'FINE_OUTSIDE_BENCHMARK',
  'NO_PRIOR_NOTICE',
  'HEARING_PERIOD_CUT_SHORT',
  'MAJOR_WITHOUT_LEGAL_REVIEW',
  'REVIEWER_NOT_QUALIFIED',
  'DECISION_OVERDUE',
  'PUBLICITY_OVERDUE',
  'WITHDRAWAL_OVERDUE',
  'AV_RECORD_MISSING',
] as const;
export type PlantedDefect = (typeof PLANTED_DEFECTS)[number];

/** A planted defect, or `INVALID`: a record broken on purpose, which the exchange must reject. */
export type DefectCode = PlantedDefect | 'INVALID';

/** How often a defect is planted, among which cases, why that rate, and how it is planted. */
export interface DefectSpec {
  rate: number;
  /** The cases it can occur in (the rate's denominator). */
  among: string;
  reason: string;
  planted: string;
}

/** The rates table (README.md prints the same). */
export const DEFECTS: Record<PlantedDefect, DefectSpec> = {
  ITEM_NOT_IN_CATALOGUE: {
    rate: 0.01,
    among: 'every case',
    reason: '清单之外执法 is rare once catalogues are published; stale or mistyped item codes remain',
    planted: 'itemCode replaced by a code of the same style that no agency of the world holds',
  },
  OFFICER_NOT_CERTIFIED: {
    rate: 0.01,
    among: 'every case',
    reason: 'reviews still find expired, suspended or borrowed certificates on about one file in a hundred',
    planted: "one officer is another agency's, expired or suspended before the period, or unknown",
  },
  TOO_FEW_OFFICERS: {
    rate: 0.015,
    among: 'penalties, inspections and coercive measures',
    reason: 'single-officer on-site acts are a standing finding of 案卷评查 (行政处罚法 Art. 42)',
    planted: 'one officer, or the same certificate listed twice',
  },
  LIMITATION_EXPIRED: {
    rate: 0.005,
    among: 'general-procedure penalties',
    reason: 'old violations filed after the two-year period are uncommon but recurring',
    planted: 'violationEndedAt 2 years and 40 days to 4 years before filed',
  },
  SIMPLE_PROCEDURE_MISUSED: {
    rate: 0.02,
    among: 'simple-procedure penalties',
    reason: 'on-the-spot tickets above the 200/3,000 yuan limits, or with confiscation, are a known abuse',
    planted: 'a fine above the limit but inside the benchmark, or a confiscation added',
  },
  FINE_OUTSIDE_BENCHMARK: {
    rate: 0.03,
    among: 'decided general penalties with a fine and a benchmark range for the circumstance',
    reason: 'discretion outside the benchmark is among the most frequent substantive findings',
    planted: 'the fine set 20–100% above the range, or half its minimum',
  },
  NO_PRIOR_NOTICE: {
    rate: 0.015,
    among: 'decided general penalties not eligible for a hearing',
    reason: 'a missing 告知 is a classic procedural defect, though rare in systems that enforce steps',
    planted: 'no notified event',
  },
  HEARING_PERIOD_CUT_SHORT: {
    rate: 0.04,
    among: 'decided hearing-eligible general penalties without a hearing',
    reason: 'deciding before the five-working-day request window closes is a common haste error',
    planted: 'decided 1–2 calendar days after notified',
  },
  MAJOR_WITHOUT_LEGAL_REVIEW: {
    rate: 0.03,
    among: 'decided major cases',
    reason: '法制审核 is skipped, done late or overridden in a few percent of major decisions',
    planted: 'no legal_review, a review after decided, or only a rejected review',
  },
  REVIEWER_NOT_QUALIFIED: {
    rate: 0.02,
    among: 'decided major cases reviewed in time',
    reason: 'small agencies let a case officer or a reviewer with a lapsed certificate sign the review',
    planted: 'the reviewer is a non-reviewer officer of the agency or a reviewer whose certificate lapsed',
  },
  DECISION_OVERDUE: {
    rate: 0.02,
    among: 'decided general penalties',
    reason: 'cases stalled past 90 days without an approved extension appear in every review',
    planted: 'decided 100–200 days after filed, no extension',
  },
  PUBLICITY_OVERDUE: {
    rate: 0.08,
    among: 'decided penalties and licences',
    reason: 'late or missing 事后公示 is the most frequent finding of publicity checks',
    planted: 'published 25–60 days after decided, or never',
  },
  WITHDRAWAL_OVERDUE: {
    rate: 0.25,
    among: 'published general penalties later reversed (1% of them)',
    reason: 'reversed decisions often stay online: offices forget the 3-working-day take-down',
    planted: 'withdrawn 20–40 days after the reversal, or never',
  },
  AV_RECORD_MISSING: {
    rate: 0.05,
    among: 'inspections and coercive measures',
    reason: 'body-camera footage missing from on-site files is a common 全过程记录 finding',
    planted: 'no audio or video evidence',
  },
};

/** One bit per planted defect, for the `eligible` mask of a generated case. */
export const DEFECT_BIT = Object.fromEntries(PLANTED_DEFECTS.map((code, i) => [code, 1 << i])) as Record<
  PlantedDefect,
  number
>;

/** True when a case's `eligible` mask says the defect could have been planted in it. */
export function isEligible(mask: number, code: PlantedDefect): boolean {
  return (mask & DEFECT_BIT[code]) !== 0;
}

/** Share of published general penalties reversed by 复议 or 诉讼 (the WITHDRAWAL_OVERDUE population). */
export const REVERSAL_RATE = 0.01;
