import type { JobRun } from '@jiandu/contracts/jobs';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** One page of a job's runs, newest first. */
export function useJobRuns(job: string | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['jobs', 'runs', job, page, pageSize],
    queryFn: () => get<Page<JobRun>>('/api/jobs/runs', { job, page, pageSize }),
    placeholderData: keepPreviousData,
    enabled: job !== null,
  });
}
