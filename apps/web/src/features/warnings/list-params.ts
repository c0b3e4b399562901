import {
  RULE_CODES,
  type RuleCode,
  SEVERITIES,
  type Severity,
  WARNING_STATUSES,
  type WarningStatus,
} from '@jiandu/contracts/warning-rules';
import { WARNING_SORTS } from '@jiandu/contracts/warnings';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Paging } from '../../lib/paged-params.ts';
import type { WarningFilters, WarningListParams, WarningSort } from './api/use-warnings.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{6}(\d{3})?$/;
/** The drawer's parameter lives in the same address but is not a filter. */
const KEPT = ['warning'];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function matching(pattern: RegExp, value: string | null): string | undefined {
  return value && pattern.test(value) ? value : undefined;
}

/** The filters alone, without page and sort (what the counts and the export take). */
export function filtersOf(params: WarningListParams): WarningFilters {
  const { page: _page, pageSize: _size, sort: _sort, order: _order, ...filters } = params;
  return filters;
}

/** The address read back as list parameters; anything the server would refuse is dropped. */
function parse(search: URLSearchParams): WarningListParams {
  const order = search.get('order');
  return {
    ruleCode: oneOf<RuleCode>(RULE_CODES, search.get('ruleCode')),
    severity: oneOf<Severity>(SEVERITIES, search.get('severity')),
    status: oneOf<WarningStatus>(WARNING_STATUSES, search.get('status')),
    regionCode: matching(REGION, search.get('regionCode')),
    agencyOrgId: search.get('agencyOrgId')?.slice(0, 40) || undefined,
    from: matching(DAY, search.get('from')),
    to: matching(DAY, search.get('to')),
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
    sort: oneOf<WarningSort>(WARNING_SORTS, search.get('sort')),
    order: order === 'desc' ? 'desc' : order === 'asc' ? 'asc' : undefined,
  };
}

/**
 * The warning centre's filters, page and sort kept in the address, so a reload, the back button
 * from a case or a shared link shows the same list; with the moves of the shared list table.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);
  const update = useCallback(
    (changes: Partial<WarningListParams>) => {
      // From the address as it is now, not as last rendered: two quick changes both stay.
      setSearch(
        (current) => {
          const next = { ...parse(current), ...changes };
          const entries = Object.entries(next).filter(
            ([k, v]) =>
              v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
          );
          const kept = KEPT.flatMap((k) => (current.get(k) ? [[k, current.get(k)!]] : []));
          return new URLSearchParams([...entries.map(([k, v]) => [k, String(v)]), ...kept]);
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  const paging: Paging<WarningSort> = {
    params,
    set: (patch) => update({ ...patch, page: 1 }),
    turn: (page, pageSize) => update({ page: pageSize === params.pageSize ? page : 1, pageSize }),
  };
  return {
    params,
    paging,
    /** Changes filters, back on the first page. */
    set: (patch: Partial<WarningFilters>) => update({ ...patch, page: 1 }),
    reset: () => setSearch(new URLSearchParams(), { replace: true }),
  };
}
