import type { Plan } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedPlan } from './use-plan.ts';

/** Sums up the year (年底总结): the conclusion with the year's figures, issued as PDF and Word. */
export function concludePlan(id: string, conclusion: string): Promise<Plan> {
  return api<Plan>('POST', `/api/supervision-plans/${seg(id)}/conclude`, { conclusion });
}

/** The summed-up plan, whose report can then be downloaded. */
export function useConcludePlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (conclusion: string) => concludePlan(id, conclusion),
    onSuccess: (plan) => showChangedPlan(client, plan),
  });
}
