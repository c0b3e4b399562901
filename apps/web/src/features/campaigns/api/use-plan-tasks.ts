import type { Plan, PlanTask } from '@jiandu/contracts/supervision-plans';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** A plan task a campaign can belong to, with its plan. */
export interface PlanTaskChoice {
  task: PlanTask;
  planId: string;
  planTitle: string;
  orgId: string;
  orgName: string;
  year: number;
}

/** The tasks of every supervision plan in the user's scope (all years, each plan once). */
export async function fetchPlanTasks(): Promise<PlanTaskChoice[]> {
  const plans = await get<Plan[]>('/api/supervision-plans');
  return plans.flatMap((p) =>
    p.tasks.map((task) => ({
      task,
      planId: p.id,
      planTitle: p.title,
      orgId: p.orgId,
      orgName: p.orgName,
      year: p.year,
    })),
  );
}

/** The plan tasks a campaign may be started from, and the one a campaign came from. */
export function usePlanTasks(enabled = true) {
  return useQuery({
    queryKey: ['campaigns', 'plan-tasks'],
    queryFn: fetchPlanTasks,
    enabled,
    staleTime: 60_000,
  });
}
