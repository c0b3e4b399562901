import type { RubricContent } from '@jiandu/contracts/case-review-labels';
import type { Rubric } from '@jiandu/contracts/case-reviews';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys } from './keys.ts';

/** The rubrics of the orgs the user may read, optionally of one org. */
export function fetchRubrics(orgId?: string): Promise<Rubric[]> {
  return get<Rubric[]>(`${API}/rubrics`, { orgId });
}

export function useRubrics(orgId?: string) {
  return useQuery({ queryKey: reviewKeys.rubrics(orgId ?? ''), queryFn: () => fetchRubrics(orgId) });
}

/** The system default rubric (9 veto items, 20 + 80 points), the start of a new one. */
export function fetchDefaultRubric(): Promise<RubricContent> {
  return get<RubricContent>(`${API}/rubrics/default`);
}

export function useDefaultRubric() {
  return useQuery({ queryKey: reviewKeys.defaultRubric, queryFn: fetchDefaultRubric, staleTime: Infinity });
}
