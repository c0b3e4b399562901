import type { Plan, PlanStatus } from '@jiandu/contracts/supervision-plans';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { planKeys } from './keys.ts';

/** The plan list's filters: the year and, optionally, the stage. */
export interface PlanFilters {
  year: number;
  status?: PlanStatus | undefined;
}

/** The plans of a year in the user's data scope. */
export function fetchPlans(filters: PlanFilters): Promise<Plan[]> {
  return get<Plan[]>('/api/supervision-plans', { year: filters.year, status: filters.status });
}

/** The plans of a year; the previous year's stay on screen while the next loads. */
export function usePlans(filters: PlanFilters) {
  return useQuery({
    queryKey: planKeys.list(filters),
    queryFn: () => fetchPlans(filters),
    placeholderData: keepPreviousData,
  });
}
