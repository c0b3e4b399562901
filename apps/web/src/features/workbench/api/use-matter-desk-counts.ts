import type { MatterDesk } from '@jiandu/contracts/matters';
import { useQuery } from '@tanstack/react-query';
import { matterKeys } from '../../../components/notices/keys.ts';
import { get } from '../../../lib/api.ts';

/** The supervision desk (its counts show on the workbench); shares the matters page's cache. */
export function useMatterDeskCounts(enabled: boolean) {
  return useQuery({
    queryKey: matterKeys.desk,
    queryFn: () => get<MatterDesk>('/api/matters/desk'),
    enabled,
  });
}
