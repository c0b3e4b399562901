import type { Page } from '@jiandu/contracts/paging';
import type { ReferralOrigin } from '@jiandu/contracts/referral-labels';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { referralKeys } from './keys.ts';

/** Something a lead can come from, as a choice in the form: the value the server checks, and a label. */
export interface OriginOption {
  value: string;
  label: string;
}

type Row = { id: string; title: string | null; externalId?: string; number?: string; trackingCode?: string };

/** Each origin's list in the user's data scope, and what of a row names it to the server. */
const SOURCES: Record<
  Exclude<ReferralOrigin, 'manual'>,
  { url: string; option: (r: Row) => OriginOption }
> = {
  case: { url: '/api/cases', option: (r) => ({ value: r.id, label: `${r.externalId} ${r.title ?? ''}` }) },
  matter: { url: '/api/matters', option: (r) => ({ value: r.id, label: `${r.number} ${r.title}` }) },
  complaint: {
    url: '/api/complaints',
    option: (r) => ({ value: r.trackingCode!, label: `${r.trackingCode} ${r.title}` }),
  },
};

/** Cases, matters or complaints matching what the user typed (those the server will accept). */
export function fetchOriginOptions(origin: ReferralOrigin, q: string): Promise<OriginOption[]> {
  if (origin === 'manual') return Promise.resolve([]);
  const source = SOURCES[origin];
  return get<Page<Row>>(source.url, { q: q || undefined, pageSize: 20 }).then((p) =>
    p.items.map(source.option),
  );
}

/** The choices of the origin field; a list the user may not read simply offers nothing. */
export function useOriginOptions(origin: ReferralOrigin | undefined, q: string) {
  return useQuery({
    queryKey: referralKeys.origins(origin ?? 'manual', q),
    queryFn: () => fetchOriginOptions(origin ?? 'manual', q).catch(() => []),
    enabled: Boolean(origin && origin !== 'manual'),
    placeholderData: keepPreviousData,
  });
}
