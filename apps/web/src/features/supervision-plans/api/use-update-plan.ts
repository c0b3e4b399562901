import type { Plan, PlanUpdateSchema } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedPlan } from './use-plan.ts';

/** Edits the plan's title and overall arrangements (until it is summed up). */
export function updatePlan(id: string, body: z.input<typeof PlanUpdateSchema>): Promise<Plan> {
  return api<Plan>('PATCH', `/api/supervision-plans/${seg(id)}`, body);
}

/** The edited plan. */
export function useUpdatePlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof PlanUpdateSchema>) => updatePlan(id, body),
    onSuccess: (plan) => showChangedPlan(client, plan),
  });
}
