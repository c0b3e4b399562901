import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router';

const PARAM = 'warning';

/**
 * The warning whose drawer is open, kept in the address (`?warning=…`) beside the list's own
 * parameters, so a reload or a shared link opens the same warning.
 */
export function useOpenWarning() {
  const [search, setSearch] = useSearchParams();
  // The page's own state (a case page's way back to its list) stays with the address.
  const { state } = useLocation();
  const id = search.get(PARAM);
  const change = useCallback(
    (next: string | null) =>
      setSearch(
        (current) => {
          const params = new URLSearchParams(current);
          if (next) params.set(PARAM, next);
          else params.delete(PARAM);
          return params;
        },
        { replace: true, preventScrollReset: true, state },
      ),
    [setSearch, state],
  );
  return {
    openId: id && id.length <= 40 ? id : null,
    open: (next: string) => change(next),
    close: () => change(null),
  };
}
