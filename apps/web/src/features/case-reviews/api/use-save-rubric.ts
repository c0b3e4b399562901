import type { Rubric, RubricCreate, RubricUpdate } from '@jiandu/contracts/case-reviews';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** What saving a rubric does: create one, edit an unused one, or build a new version on one. */
export type RubricSave =
  | { mode: 'create'; input: RubricCreate }
  | { mode: 'update' | 'version'; id: string; input: RubricUpdate };

export function saveRubric(save: RubricSave): Promise<Rubric> {
  if (save.mode === 'create') return api<Rubric>('POST', `${API}/rubrics`, save.input);
  return save.mode === 'update'
    ? api<Rubric>('PUT', `${API}/rubrics/${seg(save.id)}`, save.input)
    : api<Rubric>('POST', `${API}/rubrics/${seg(save.id)}/versions`, save.input);
}

export function useSaveRubric() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveRubric,
    // Refreshed in the background, so the button stops spinning as soon as the change is saved.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
