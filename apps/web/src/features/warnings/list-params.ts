import {
  RULE_CODES,
  type RuleCode,
  SEVERITIES,
  type Severity,
  WARNING_STATUSES,
  type WarningStatus,
} from '@jiandu/contracts/warning-rules';
import { WARNING_SORTS } from '@jiandu/contracts/warnings';
import { DAY, matching, oneOf, pagingOf, REGION, useUrlListParams } from '../../lib/url-list-params.ts';
import type { WarningFilters, WarningListParams } from './api/use-warnings.ts';

/** The drawer's parameter lives in the same address but is not a filter. */
const KEPT = ['warning'];

/** The filters alone, without page and sort (what the counts and the export take). */
export function filtersOf(params: WarningListParams): WarningFilters {
  const { page: _page, pageSize: _size, sort: _sort, order: _order, ...filters } = params;
  return filters;
}

/** The address read back as list parameters; anything the server would refuse is dropped. */
function parse(search: URLSearchParams): WarningListParams {
  return {
    ruleCode: oneOf<RuleCode>(RULE_CODES, search.get('ruleCode')),
    severity: oneOf<Severity>(SEVERITIES, search.get('severity')),
    status: oneOf<WarningStatus>(WARNING_STATUSES, search.get('status')),
    regionCode: matching(REGION, search.get('regionCode')),
    agencyOrgId: search.get('agencyOrgId')?.slice(0, 40) || undefined,
    from: matching(DAY, search.get('from')),
    to: matching(DAY, search.get('to')),
    ...pagingOf(search, WARNING_SORTS),
  };
}

/**
 * The warning centre's filters, page and sort kept in the address, so a reload, the back button
 * from a case or a shared link shows the same list; with the moves of the shared list table.
 */
export function useListParams() {
  const { params, paging, set, reset } = useUrlListParams(parse, { kept: KEPT });
  return { params, paging, set, reset };
}
