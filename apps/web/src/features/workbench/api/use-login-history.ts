import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** One line of the user's own login history. */
export interface LoginEvent {
  at: string;
  result: string;
  ip: string | null;
  userAgent: string | null;
  reason: string | null;
}

/** The user's own recent sign-ins. */
export function useLoginHistory() {
  return useQuery({
    queryKey: ['auth', 'login-history'],
    queryFn: () => get<LoginEvent[]>('/api/auth/login-history'),
  });
}
