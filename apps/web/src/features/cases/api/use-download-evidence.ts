import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import { seg } from './keys.ts';

/** Downloads one stored evidence file under its original name (the server audits every download). */
export function downloadEvidence(id: string, sha256: string): Promise<void> {
  return download(`/api/cases/${seg(id)}/evidence/${seg(sha256)}`);
}

/** The download as a mutation, so the link can show a failure. */
export function useDownloadEvidence(id: string) {
  return useMutation({ mutationFn: (sha256: string) => downloadEvidence(id, sha256) });
}
