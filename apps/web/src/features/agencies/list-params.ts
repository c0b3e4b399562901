import {
  AGENCY_SORTS,
  AGENCY_STATUSES,
  type AgencyStatus,
  AUTHORITIES,
  type Authority,
} from '@jiandu/contracts/agencies';
import { ENFORCEMENT_FIELD_CODES, type EnforcementField } from '@jiandu/contracts/fields';
import { oneOf, pagingOf, useUrlListParams } from '../../lib/url-list-params.ts';
import type { AgencyListParams } from './api/use-agencies.ts';

function parse(search: URLSearchParams): AgencyListParams {
  return {
    q: search.get('q') || undefined,
    regionCode: search.get('regionCode') || undefined,
    status: oneOf<AgencyStatus>(AGENCY_STATUSES, search.get('status')),
    authority: oneOf<Authority>(AUTHORITIES, search.get('authority')),
    field: oneOf<EnforcementField>(ENFORCEMENT_FIELD_CODES, search.get('field')),
    ...pagingOf(search, AGENCY_SORTS),
  };
}

/**
 * The list's filters, page and sort kept in the address, so a reload, the back button from an
 * agency's page or a shared link shows the same list.
 */
export function useListParams(): [AgencyListParams, (changes: Partial<AgencyListParams>) => void] {
  const { params, update } = useUrlListParams(parse);
  return [params, update];
}
