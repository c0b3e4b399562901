import { NOTICE_KINDS, type NoticeKind } from '@jiandu/contracts/matter-labels';
import { NOTICE_STATUSES, type NoticeStatus } from '@jiandu/contracts/matters';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Paging } from '../../lib/paged-params.ts';
import type { NoticeListParams } from './api/use-notices.ts';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parse(search: URLSearchParams): NoticeListParams {
  return {
    status: oneOf<NoticeStatus>(NOTICE_STATUSES, search.get('status')),
    kind: oneOf<NoticeKind>(NOTICE_KINDS, search.get('kind')),
    unread: search.get('unread') === 'true' ? 'true' : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
  };
}

/** The inbox's filters and page kept in the address, so the way back from a notice finds them. */
export function useNoticeListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);
  const update = useCallback(
    (changes: Partial<NoticeListParams>) =>
      setSearch(
        (current) => {
          const next = { ...parse(current), ...changes };
          return new URLSearchParams(
            Object.entries(next)
              .filter(
                ([k, v]) => v !== undefined && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
              )
              .map(([k, v]) => [k, String(v)]),
          );
        },
        { replace: true },
      ),
    [setSearch],
  );
  const paging: Paging = {
    params,
    set: (patch) => update({ ...patch, page: 1 }),
    turn: (page, pageSize) => update({ page: pageSize === params.pageSize ? page : 1, pageSize }),
  };
  const { page: _p, pageSize: _s, ...filters } = params;
  return {
    params,
    filters,
    paging,
    set: (patch: Partial<NoticeListParams>) => update({ ...patch, page: 1 }),
    reset: () => setSearch(new URLSearchParams(), { replace: true }),
  };
}
