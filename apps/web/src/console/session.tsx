import type { SessionInfo } from '@jiandu/contracts/identity';
import type { Permission } from '@jiandu/contracts/permissions';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { ApiError, api, onUnauthenticated, setCsrfToken } from '../lib/api.ts';

/** The signed-in user (or null), and what the shell needs to act on it. */
interface SessionState {
  session: SessionInfo | null;
  loading: boolean;
  /** Replaces the session after a sign-in step. */
  update: (session: SessionInfo | null) => void;
  /** Re-reads the session from the server. */
  refresh: () => Promise<void>;
  can: (permission: Permission) => boolean;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
const KEY = ['auth', 'session'];

/**
 * Drops everything cached for the signed-out user except the session entry itself, which is set
 * to null in place: clearing the whole cache would leave the session observer on a removed query
 * still showing the old user.
 */
function forgetUser(client: QueryClient): void {
  client.setQueryData(KEY, null);
  client.removeQueries({ predicate: (q) => !(q.queryKey[0] === KEY[0] && q.queryKey[1] === KEY[1]) });
}

async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api<SessionInfo>('GET', '/api/auth/session');
    // Set before any component renders with the session, so effects that post right away carry it.
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Holds the console session: who is signed in, at which sign-in stage, with which permissions. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: KEY,
    queryFn: fetchSession,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const session = query.data ?? null;
  useEffect(() => setCsrfToken(session?.csrfToken ?? null), [session]);
  const update = useCallback(
    (next: SessionInfo | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      client.setQueryData(KEY, next);
    },
    [client],
  );
  useEffect(
    () =>
      onUnauthenticated(() => {
        // Only a session that existed can expire; the first check of a signed-out visitor is not one.
        if (!client.getQueryData(KEY)) return;
        sessionStorage.setItem('jiandu.signedOutReason', 'expired');
        forgetUser(client);
      }),
    [client],
  );
  const value = useMemo<SessionState>(
    () => ({
      session,
      loading: query.isLoading,
      update,
      refresh: async () => {
        await client.invalidateQueries({ queryKey: KEY });
      },
      can: (permission) => session?.permissions.includes(permission) ?? false,
      signOut: async () => {
        await api('POST', '/api/auth/logout').catch(() => undefined);
        sessionStorage.setItem('jiandu.signedOutReason', 'signedOut');
        forgetUser(client);
      },
    }),
    [session, query.isLoading, update, client],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The console session; only inside SessionProvider. */
export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
