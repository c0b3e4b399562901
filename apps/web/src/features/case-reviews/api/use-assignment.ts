import type { AssignmentDetail } from '@jiandu/contracts/case-review-scoring';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** One sheet with its rubric and the case file. */
export function fetchAssignment(id: string): Promise<AssignmentDetail> {
  return get<AssignmentDetail>(`${API}/assignments/${seg(id)}`);
}

export function useAssignment(id: string) {
  return useQuery({
    queryKey: reviewKeys.assignment(id),
    queryFn: () => fetchAssignment(id),
    enabled: Boolean(id),
  });
}
