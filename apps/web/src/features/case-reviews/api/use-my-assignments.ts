import type { MyAssignment } from '@jiandu/contracts/case-review-scoring';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys } from './keys.ts';

/** The files assigned to the signed-in reviewer. */
export function fetchMyAssignments(): Promise<MyAssignment[]> {
  return get<MyAssignment[]>(`${API}/my-assignments`);
}

export function useMyAssignments() {
  return useQuery({ queryKey: reviewKeys.mine, queryFn: fetchMyAssignments });
}
