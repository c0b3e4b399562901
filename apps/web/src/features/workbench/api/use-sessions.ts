import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';

/** One of the user's open sessions. */
export interface SessionSummary {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

/** The user's open sessions. */
export function useSessions() {
  return useQuery({
    queryKey: ['auth', 'sessions'],
    queryFn: () => get<SessionSummary[]>('/api/auth/sessions'),
  });
}

/** Ends one of the user's sessions. */
export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/auth/sessions/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['auth', 'sessions'] }),
  });
}
