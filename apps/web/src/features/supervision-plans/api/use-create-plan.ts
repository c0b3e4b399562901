import type { Plan, PlanCreateSchema } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { showChangedPlan } from './use-plan.ts';

/** What a new plan takes. */
export type PlanCreate = z.input<typeof PlanCreateSchema>;

/** Draws up a bureau's plan for a year (one per bureau and year). */
export function createPlan(body: PlanCreate): Promise<Plan> {
  return api<Plan>('POST', '/api/supervision-plans', body);
}

/** The new plan, shown in the list of its year afterwards. */
export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => showChangedPlan(client, plan),
  });
}
