import type { NoticeKind } from '@jiandu/contracts/matter-labels';
import type { Notice, NoticeStatus } from '@jiandu/contracts/matters';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { matterKeys } from '../../../components/notices/keys.ts';
import { get } from '../../../lib/api.ts';

/** The inbox's filters and page. */
export interface NoticeListParams {
  status?: NoticeStatus | undefined;
  kind?: NoticeKind | undefined;
  unread?: 'true' | undefined;
  page: number;
  pageSize: number;
}

/** One page of the notices to the agencies in the user's scope, newest first. */
export function fetchNotices(params: NoticeListParams): Promise<Page<Notice>> {
  return get<Page<Notice>>('/api/notices', { ...params });
}

/** The inbox, paged on the server; the previous page stays on screen while the next loads. */
export function useNotices(params: NoticeListParams) {
  return useQuery({
    queryKey: matterKeys.notices(params),
    queryFn: () => fetchNotices(params),
    placeholderData: keepPreviousData,
  });
}
