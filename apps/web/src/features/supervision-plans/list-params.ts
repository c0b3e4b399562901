import { PLAN_STATUSES, type PlanStatus } from '@jiandu/contracts/supervision-plans';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayShanghai } from '../../lib/dates.ts';
import type { PlanFilters } from './api/use-plans.ts';

/** This year in Shanghai: the list opens on it. */
export const currentYear = () => Number(todayShanghai().slice(0, 4));

/** The years a plan can be drawn up for, newest first: from 2020 to next year. */
export function planYears(): number[] {
  const last = currentYear() + 1;
  return Array.from({ length: last - 2019 }, (_, i) => last - i);
}

function parse(search: URLSearchParams): PlanFilters {
  const year = Number(search.get('year'));
  const status = search.get('status');
  return {
    year: Number.isInteger(year) && year >= 2020 && year <= 2100 ? year : currentYear(),
    status:
      status && (PLAN_STATUSES as readonly string[]).includes(status) ? (status as PlanStatus) : undefined,
  };
}

/** The plan list's year and stage kept in the address, so a reload or the back button keeps them. */
export function usePlanListParams() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => parse(search), [search]);
  const set = useCallback(
    (patch: Partial<PlanFilters>) =>
      setSearch(
        (current) => {
          const next = { ...parse(current), ...patch };
          const params = new URLSearchParams();
          if (next.year !== currentYear()) params.set('year', String(next.year));
          if (next.status) params.set('status', next.status);
          return params;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { filters, set };
}
