import { NOTICE_KINDS, type NoticeKind } from '@jiandu/contracts/matter-labels';
import { NOTICE_STATUSES, type NoticeStatus } from '@jiandu/contracts/matters';
import { oneOf, pageOf, useUrlListParams } from '../../lib/url-list-params.ts';
import type { NoticeListParams } from './api/use-notices.ts';

function parse(search: URLSearchParams): NoticeListParams {
  return {
    status: oneOf<NoticeStatus>(NOTICE_STATUSES, search.get('status')),
    kind: oneOf<NoticeKind>(NOTICE_KINDS, search.get('kind')),
    unread: search.get('unread') === 'true' ? 'true' : undefined,
    ...pageOf(search),
  };
}

/** The inbox's filters and page kept in the address, so the way back from a notice finds them. */
export function useNoticeListParams() {
  const { params, paging, set, reset } = useUrlListParams(parse);
  const { page: _p, pageSize: _s, ...filters } = params;
  return { params, filters, paging, set, reset };
}
