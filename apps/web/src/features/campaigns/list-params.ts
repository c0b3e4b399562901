import { CAMPAIGN_STATUSES, type CampaignStatus } from '@jiandu/contracts/campaigns';
import { ENFORCEMENT_FIELD_CODES, type EnforcementField } from '@jiandu/contracts/fields';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayShanghai } from '../../lib/dates.ts';
import { oneOf } from '../../lib/url-list-params.ts';

/** The campaign list's filters as the address holds them. */
export interface CampaignListFilters {
  status?: CampaignStatus | undefined;
  field?: EnforcementField | undefined;
  year?: number | undefined;
}

/** The years a campaign can be held in, newest first: from 2020 to next year. */
export function campaignYears(): number[] {
  const last = Number(todayShanghai().slice(0, 4)) + 1;
  return Array.from({ length: last - 2019 }, (_, i) => last - i);
}

function parse(search: URLSearchParams): CampaignListFilters {
  const year = Number(search.get('year'));
  return {
    status: oneOf(CAMPAIGN_STATUSES, search.get('status')),
    field: oneOf(ENFORCEMENT_FIELD_CODES, search.get('field')),
    year: Number.isInteger(year) && year >= 2020 && year <= 2100 ? year : undefined,
  };
}

/** The campaign list's status, field and year kept in the address, so a reload or the back button keeps them. */
export function useCampaignListParams() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => parse(search), [search]);
  const set = useCallback(
    (patch: Partial<CampaignListFilters>) =>
      setSearch(
        (current) => {
          const next = { ...parse(current), ...patch };
          const params = new URLSearchParams();
          for (const [k, v] of Object.entries(next)) if (v !== undefined) params.set(k, String(v));
          return params;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { filters, set, reset: () => setSearch(new URLSearchParams(), { replace: true }) };
}
