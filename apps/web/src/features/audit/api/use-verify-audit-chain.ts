import { useMutation } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** What walking the hash chain found. */
export interface ChainReport {
  ok: boolean;
  rows: number;
  message: string;
}

/** Walks the whole hash chain on the server and reports the first broken link, if any. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => get<ChainReport>('/api/audit-events/verify') });
}
