import type { MatterDetail } from '@jiandu/contracts/matters';
import type { TaskMatterSchema } from '@jiandu/contracts/supervision-plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { planKeys, seg } from './keys.ts';

/** What a matter opened from a task takes. */
export type TaskMatter = z.input<typeof TaskMatterSchema>;

/** Opens a supervision matter from a plan task (origin 监督计划任务). */
export function openTaskMatter(taskId: string, body: TaskMatter): Promise<MatterDetail> {
  return api<MatterDetail>('POST', `/api/supervision-plans/tasks/${seg(taskId)}/matters`, body);
}

/** The new matter; the plan (its task's count and status) and its figures are fetched again. */
export function useTaskMatter(planId: string, taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskMatter) => openTaskMatter(taskId, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: planKeys.one(planId) }),
        client.invalidateQueries({ queryKey: planKeys.figures(planId) }),
      ]),
  });
}
