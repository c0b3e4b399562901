import type { Plan } from '@jiandu/contracts/supervision-plans';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { planKeys, seg } from './keys.ts';

/** One plan with its tasks. */
export function fetchPlan(id: string): Promise<Plan> {
  return get<Plan>(`/api/supervision-plans/${seg(id)}`);
}

/** One plan with its tasks. */
export function usePlan(id: string) {
  return useQuery({ queryKey: planKeys.one(id), queryFn: () => fetchPlan(id) });
}

/**
 * Every change answers with the whole plan: it replaces the cached one at once, and the list and the
 * year's figures are fetched again.
 */
export function showChangedPlan(client: QueryClient, plan: Plan) {
  client.setQueryData(planKeys.one(plan.id), plan);
  return Promise.all([
    client.invalidateQueries({ queryKey: ['supervision-plans', 'list'] }),
    client.invalidateQueries({ queryKey: planKeys.figures(plan.id) }),
  ]);
}
