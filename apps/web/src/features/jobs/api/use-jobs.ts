import type { Job } from '@jiandu/contracts/jobs';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** Every job with its schedule, lease and last run; refreshed now and then so leases show as they change. */
export function useJobs() {
  return useQuery({ queryKey: ['jobs'], queryFn: () => get<Job[]>('/api/jobs'), refetchInterval: 15_000 });
}
