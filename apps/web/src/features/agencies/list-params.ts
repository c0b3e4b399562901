import {
  AGENCY_SORTS,
  AGENCY_STATUSES,
  type AgencySort,
  type AgencyStatus,
  AUTHORITIES,
  type Authority,
} from '@jiandu/contracts/agencies';
import { ENFORCEMENT_FIELD_CODES, type EnforcementField } from '@jiandu/contracts/fields';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AgencyListParams } from './api/use-agencies.ts';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The list's filters, page and sort kept in the address, so a reload, the back button from an
 * agency's page or a shared link shows the same list.
 */
export function useListParams(): [AgencyListParams, (changes: Partial<AgencyListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<AgencyListParams>(() => {
    const order = search.get('order');
    return {
      q: search.get('q') || undefined,
      regionCode: search.get('regionCode') || undefined,
      status: oneOf<AgencyStatus>(AGENCY_STATUSES, search.get('status')),
      authority: oneOf<Authority>(AUTHORITIES, search.get('authority')),
      field: oneOf<EnforcementField>(ENFORCEMENT_FIELD_CODES, search.get('field')),
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
      sort: oneOf<AgencySort>(AGENCY_SORTS, search.get('sort')),
      order: order === 'desc' ? 'desc' : order === 'asc' ? 'asc' : undefined,
    };
  }, [search]);
  const update = useCallback(
    (changes: Partial<AgencyListParams>) => {
      const next = { ...params, ...changes };
      const entries = Object.entries(next).filter(
        ([k, v]) =>
          v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
      );
      setSearch(new URLSearchParams(entries.map(([k, v]) => [k, String(v)])), { replace: true });
    },
    [params, setSearch],
  );
  return [params, update];
}
