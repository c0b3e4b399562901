import type { Plan } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedPlan } from './use-plan.ts';

/** Issues the plan (年初印发); the server refuses a plan without tasks. */
export function publishPlan(id: string): Promise<Plan> {
  return api<Plan>('POST', `/api/supervision-plans/${seg(id)}/publish`);
}

/** The issued plan. */
export function usePublishPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => publishPlan(id),
    onSuccess: (plan) => showChangedPlan(client, plan),
  });
}
