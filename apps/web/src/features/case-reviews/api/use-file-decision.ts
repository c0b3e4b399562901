import type { AssignmentReplace } from '@jiandu/contracts/case-review-scoring';
import type { BatchDetail, BatchResults } from '@jiandu/contracts/case-reviews';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

type FileRef = { batchId: string; fileId: string };
const fileUrl = ({ batchId, fileId }: FileRef) => `${API}/batches/${seg(batchId)}/files/${seg(fileId)}`;

/** Replaces one reviewer of a file. */
export function replaceReviewer(v: FileRef & { assignmentId: string; input: AssignmentReplace }) {
  return api<BatchDetail>('PUT', `${fileUrl(v)}/assignments/${seg(v.assignmentId)}`, v.input);
}

/** Sets the reviewers' veto aside, with the reason. */
export function overrideVeto(v: FileRef & { reason: string }) {
  return api<BatchResults>('POST', `${fileUrl(v)}/veto-override`, { reason: v.reason });
}

/** Records the score agreed in deliberation. */
export function recordConsensus(v: FileRef & { score: number; reason: string }) {
  return api<BatchResults>('POST', `${fileUrl(v)}/consensus`, { score: v.score, reason: v.reason });
}

/** One decision on one file; the batch and its results refresh afterwards. */
export function useFileDecision<V>(decide: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: decide,
    // Refreshed in the background, so the button stops spinning as soon as the change is saved.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
