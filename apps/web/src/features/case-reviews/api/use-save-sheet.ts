import type { AssignmentDetail, ScoreSheet } from '@jiandu/contracts/case-review-scoring';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** Saves the sheet as a draft, or submits it (then read-only). */
export function saveSheet(v: { id: string; sheet: ScoreSheet; submit: boolean }): Promise<AssignmentDetail> {
  return v.submit
    ? api<AssignmentDetail>('POST', `${API}/assignments/${seg(v.id)}/submit`, v.sheet)
    : api<AssignmentDetail>('PUT', `${API}/assignments/${seg(v.id)}`, v.sheet);
}

export function useSaveSheet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveSheet,
    onSuccess: (detail) => {
      client.setQueryData(reviewKeys.assignment(detail.id), detail);
      return client.invalidateQueries({ queryKey: reviewKeys.mine });
    },
  });
}
