import type { Certificate } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { referralKeys } from './keys.ts';

/** Valid enforcement certificates matching a number or a name, as choices of the handlers field. */
export function fetchHandlerOptions(q: string): Promise<{ value: string; label: string }[]> {
  return get<Page<Certificate>>('/api/certificates', {
    q: q || undefined,
    type: 'enforcement',
    status: 'valid',
    pageSize: 20,
  }).then((p) =>
    p.items.map((c) => ({ value: c.number, label: `${c.officerName} ${c.number} (${c.orgName})` })),
  );
}

/** The handlers field's choices; without the right to read officers the numbers are typed in. */
export function useHandlerOptions(q: string, enabled: boolean) {
  return useQuery({
    queryKey: referralKeys.handlers(q),
    queryFn: () => fetchHandlerOptions(q),
    enabled,
    placeholderData: keepPreviousData,
  });
}
