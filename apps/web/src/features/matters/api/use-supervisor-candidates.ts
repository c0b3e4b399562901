import type { SupervisorCandidateSchema } from '@jiandu/contracts/matters';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { matterKeys, seg } from '../../../components/notices/keys.ts';
import { get } from '../../../lib/api.ts';

/** An officer of the supervising org holding a 监督证 valid today. */
export type SupervisorCandidate = z.infer<typeof SupervisorCandidateSchema>;

/** Who may be sent to investigate the matter. */
export function fetchSupervisorCandidates(id: string): Promise<SupervisorCandidate[]> {
  return get<SupervisorCandidate[]>(`/api/matters/${seg(id)}/supervisor-candidates`);
}

/** The candidates, asked for when the assignment dialog opens. */
export function useSupervisorCandidates(id: string) {
  return useQuery({ queryKey: matterKeys.candidates(id), queryFn: () => fetchSupervisorCandidates(id) });
}
