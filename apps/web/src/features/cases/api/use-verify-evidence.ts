import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';

/** The outcome of re-hashing a stored evidence file. */
export interface EvidenceCheck {
  sha256: string;
  status: 'ok' | 'mismatch' | 'missing';
  detail: string | null;
  verifiedAt: string;
}

/** Re-reads a stored evidence file and compares its hash with the one recorded. */
export function verifyEvidence(id: string, sha256: string): Promise<EvidenceCheck> {
  return api<EvidenceCheck>('POST', `/api/cases/${seg(id)}/evidence/${seg(sha256)}/verify`);
}

/** Verifies the file, then refreshes the case so the table shows the last check. */
export function useVerifyEvidence(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sha256: string) => verifyEvidence(id, sha256),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKeys.one(id) }),
  });
}
