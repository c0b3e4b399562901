import type { PlanFigures } from '@jiandu/contracts/supervision-plans';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { planKeys, seg } from './keys.ts';

/** The year's figures the summary is built from (matters, notices, warnings, campaigns, tasks). */
export function fetchPlanFigures(id: string): Promise<PlanFigures> {
  return get<PlanFigures>(`/api/supervision-plans/${seg(id)}/figures`);
}

/** The plan year's figures, asked for only when the panel showing them opens. */
export function usePlanFigures(id: string) {
  return useQuery({ queryKey: planKeys.figures(id), queryFn: () => fetchPlanFigures(id) });
}
