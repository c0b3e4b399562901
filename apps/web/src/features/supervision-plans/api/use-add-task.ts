import type { Plan, PlanTaskInputSchema } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedPlan } from './use-plan.ts';

/** What a new task takes. */
export type PlanTaskInput = z.input<typeof PlanTaskInputSchema>;

/** Adds a task to the plan (until it is summed up); its dates must lie in the plan's year. */
export function addTask(planId: string, body: PlanTaskInput): Promise<Plan> {
  return api<Plan>('POST', `/api/supervision-plans/${seg(planId)}/tasks`, body);
}

/** The plan with the new task at the end. */
export function useAddTask(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanTaskInput) => addTask(planId, body),
    onSuccess: (plan) => showChangedPlan(client, plan),
  });
}
