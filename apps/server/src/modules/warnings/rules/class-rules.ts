import type { RuleCode } from '@jiandu/contracts/warning-rules';
import { finding, parameter, type RuleParameters, yuan } from './case-rule.ts';
import type { Finding } from './finding.ts';
import { robustZScores } from './robust-z.ts';

/*
 * The pure cores of the two class rules (类案监督): they judge an agency against its own record or
 * its peers from aggregate rows the caller reads (one query each), never from single cases.
 */

/** A class finding and the agency it is about. */
export interface ClassFinding {
  agencyCreditCode: string;
  finding: Finding;
}

/** A class rule: named, versioned and pure over its rows, the day judged and its parameters. */
export interface ClassRule<Row> {
  readonly code: RuleCode;
  readonly version: number;
  evaluate(rows: readonly Row[], today: string, params: RuleParameters): ClassFinding[];
}

/** One agency's activity: how many items its catalogue lists and its latest case. */
export interface AgencyActivityRow {
  agencyCreditCode: string;
  /** Items in its catalogue today. */
  itemCount: number;
  /** The act day of its latest case, null when it has none. */
  lastCaseDay: string | null;
  /** Since when it has had items (its first listing); a younger catalogue is not judged yet. Null: unknown. */
  listedSince: string | null;
}

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day `months` months before `day`, the same day of the month or the month's last day. */
export function monthsBefore(day: string, months: number): string {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : LAST_DAY[month - 1]!;
  const date = Math.min(Number(day.slice(8, 10)), last);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/**
 * 长期零执法: an agency whose catalogue lists items and which has no case whose act day falls in the
 * `months` months up to `today` (the period starts on the same day `months` earlier). An agency whose
 * first item was listed after the period began is not judged; one whose listing day is unknown is.
 * The message names the last case, not today, so it stays the same while nothing changes.
 */
export const ZERO_ENFORCEMENT: ClassRule<AgencyActivityRow> = {
  code: 'ZERO_ENFORCEMENT',
  version: 1,
  evaluate(rows, today, params) {
    const months = parameter(params, 'ZERO_ENFORCEMENT', 'months');
    const since = monthsBefore(today, months);
    const out: ClassFinding[] = [];
    for (const row of rows) {
      if (row.itemCount <= 0 || (row.lastCaseDay !== null && row.lastCaseDay >= since)) continue;
      if (row.listedSince !== null && row.listedSince > since) continue;
      const message = row.lastCaseDay
        ? `本执法主体的执法事项目录清单列有${row.itemCount}个事项, 最近一次执法案件在${row.lastCaseDay}, 此后${months}个月以上没有任何执法案件`
        : `本执法主体的执法事项目录清单列有${row.itemCount}个事项, 但从未报送过执法案件 (已超过${months}个月)`;
      out.push({
        agencyCreditCode: row.agencyCreditCode,
        finding: finding(
          ZERO_ENFORCEMENT,
          '',
          message,
          { itemCount: row.itemCount, lastCaseDay: row.lastCaseDay, listedSince: row.listedSince },
          { months },
        ),
      });
    }
    return out;
  },
};

/** One agency's fines for one item: how many fined cases and their average. */
export interface ItemFineRow {
  agencyCreditCode: string;
  itemCode: string;
  cases: number;
  /** The average fine of those cases, in yuan (SQL AVG works the same on both dialects). */
  averageFine: number;
}

/**
 * 罚款金额明显偏离同类: per item, the agencies' average fines are compared with each other and an
 * agency whose robust z-score (0.6745·(x − median)/MAD) is above `zScore` in absolute value is
 * flagged, when at least `minPeers` agencies fined for the item. One finding per agency and item,
 * keyed by the item code. See `robustZScores` for a MAD of zero.
 */
export const FINE_OUTLIER: ClassRule<ItemFineRow> = {
  code: 'FINE_OUTLIER',
  version: 1,
  evaluate(rows, _today, params) {
    const threshold = parameter(params, 'FINE_OUTLIER', 'zScore');
    const minPeers = parameter(params, 'FINE_OUTLIER', 'minPeers');
    const byItem = new Map<string, ItemFineRow[]>();
    for (const row of rows) {
      if (row.cases <= 0) continue;
      const list = byItem.get(row.itemCode);
      if (list) list.push(row);
      else byItem.set(row.itemCode, [row]);
    }
    const out: ClassFinding[] = [];
    for (const [itemCode, peers] of [...byItem].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (peers.length < minPeers) continue;
      const { median, scores } = robustZScores(peers.map((p) => p.averageFine));
      peers.forEach((row, i) => {
        const z = scores[i]!;
        if (!(Math.abs(z) > threshold)) return;
        const side = z > 0 ? '高于' : '低于';
        const message =
          `本执法主体对事项 ${itemCode} 的${row.cases}件罚款平均${yuan(row.averageFine)}元, 明显${side}` +
          `${peers.length}个执法主体的中位数${yuan(median)}元 (稳健z分数${z.toFixed(1)}, 阈值${threshold})`;
        out.push({
          agencyCreditCode: row.agencyCreditCode,
          finding: finding(
            FINE_OUTLIER,
            itemCode,
            message,
            {
              itemCode,
              cases: row.cases,
              averageFine: row.averageFine,
              peerMedian: median,
              peers: peers.length,
              zScore: Math.round(z * 100) / 100,
            },
            { zScore: threshold, minPeers },
          ),
        });
      });
    }
    return out;
  },
};
