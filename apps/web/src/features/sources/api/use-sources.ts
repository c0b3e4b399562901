import type { SourceSystem } from '@jiandu/contracts/sources';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** Every registered source system with its bound orgs and last use. */
export function useSources() {
  return useQuery({ queryKey: ['sources'], queryFn: () => get<SourceSystem[]>('/api/sources') });
}
