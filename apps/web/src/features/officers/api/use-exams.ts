import type { ExamResult } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

export type { ExamResult };

/** An officer's exam results. */
export function fetchExams(officerId: string): Promise<ExamResult[]> {
  return get<ExamResult[]>(`/api/officers/${seg(officerId)}/exams`);
}

/** The exam results of an officer. */
export function useExams(officerId: string) {
  return useQuery({ queryKey: officerKeys.exams(officerId), queryFn: () => fetchExams(officerId) });
}
