import type { Org } from '@jiandu/contracts/orgs';
import type { Page } from '@jiandu/contracts/paging';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The kinds of org a campaign checks: enforcement agencies and township governments. */
const TARGET_KINDS = new Set<Org['kind']>(['agency', 'township_government']);
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/** Every active agency and township government of a region in the user's scope, in tree order. */
export async function fetchTargetOptions(regionCode: string): Promise<Org[]> {
  const found: Org[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const answer = await get<Page<Org>>('/api/orgs', {
      regionCode,
      status: 'active',
      sort: 'sort',
      page,
      pageSize: PAGE_SIZE,
    });
    found.push(...answer.items.filter((o) => TARGET_KINDS.has(o.kind)));
    if (page * PAGE_SIZE >= answer.total) break;
  }
  return found;
}

/** The agencies a campaign in the region can check (none until the region is chosen). */
export function useTargetOptions(regionCode: string | undefined) {
  return useQuery({
    queryKey: ['campaigns', 'targets', regionCode ?? ''],
    queryFn: () => fetchTargetOptions(regionCode!),
    enabled: Boolean(regionCode && /^\d{6}$/.test(regionCode)),
    staleTime: 60_000,
  });
}
