import type { Plan, PlanMidyearSchema } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedPlan } from './use-plan.ts';

/** What the mid-year check records: the bureau's note and where each task stands. */
export type PlanMidyear = z.input<typeof PlanMidyearSchema>;

/** Records the mid-year check (年中督促) of an issued plan. */
export function recordMidyear(id: string, body: PlanMidyear): Promise<Plan> {
  return api<Plan>('POST', `/api/supervision-plans/${seg(id)}/midyear`, body);
}

/** The checked plan. */
export function useMidyear(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanMidyear) => recordMidyear(id, body),
    onSuccess: (plan) => showChangedPlan(client, plan),
  });
}
