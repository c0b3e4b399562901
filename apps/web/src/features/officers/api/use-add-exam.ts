import type { ExamResultCreateSchema } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';
import type { ExamResult } from './use-exams.ts';

/** An exam result to add. */
export type ExamInput = z.input<typeof ExamResultCreateSchema>;

/** Adds an exam result to an officer. */
export function addExam(officerId: string, input: ExamInput): Promise<ExamResult> {
  return api<ExamResult>('POST', `/api/officers/${seg(officerId)}/exams`, input);
}

/** Adds an exam result, then refreshes the officer's exams. */
export function useAddExam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ officerId, input }: { officerId: string; input: ExamInput }) => addExam(officerId, input),
    onSuccess: (_, { officerId }) => client.invalidateQueries({ queryKey: officerKeys.exams(officerId) }),
  });
}
