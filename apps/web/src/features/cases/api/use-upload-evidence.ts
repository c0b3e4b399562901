import type { CaseDetail, EvidenceUploadQuery } from '@jiandu/contracts/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';

/** What an upload sends: the file itself as the body, and what is said about it in the address. */
export interface EvidenceUpload {
  file: File;
  meta: EvidenceUploadQuery;
}

/** Uploads one evidence file; the server hashes it as it arrives and adds it to the record. */
export function uploadEvidence(id: string, { file, meta }: EvidenceUpload): Promise<CaseDetail> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(meta)) if (value) query.set(key, String(value));
  return api<CaseDetail>('POST', `/api/cases/${seg(id)}/evidence?${query}`, undefined, {
    raw: file,
    contentType: file.type || 'application/octet-stream',
  });
}

/** Uploads the file and shows the case with the new evidence. */
export function useUploadEvidence(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: EvidenceUpload) => uploadEvidence(id, upload),
    onSuccess: (detail) => client.setQueryData(caseKeys.one(id), detail),
  });
}
