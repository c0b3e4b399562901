import type { Plan, TaskProgressSchema } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedPlan } from './use-plan.ts';

/** A task's status and progress note. */
export type TaskProgress = z.input<typeof TaskProgressSchema>;

/** Records where a task stands (once the plan is issued). */
export function recordProgress(taskId: string, body: TaskProgress): Promise<Plan> {
  return api<Plan>('POST', `/api/supervision-plans/tasks/${seg(taskId)}/progress`, body);
}

/** The plan with the task's new progress. */
export function useTaskProgress(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskProgress) => recordProgress(taskId, body),
    onSuccess: (plan) => showChangedPlan(client, plan),
  });
}
