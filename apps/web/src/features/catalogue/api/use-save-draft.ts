import type { BenchmarkContent, ItemContent, ItemDetail } from '@jiandu/contracts/catalogue';
import { api } from '../../../lib/api.ts';
import { useDetailMutation } from './detail-mutation.ts';
import { subjectPath } from './keys.ts';

/** A draft of the item's content, with why it changes. */
export interface ItemDraftInput {
  content: ItemContent;
  reason?: string | null;
}
/** A draft of the benchmark's content, with why it changes. */
export interface BenchmarkDraftInput {
  content: BenchmarkContent;
  reason?: string | null;
}

/** Creates or edits the item's draft; a published item gets a new version. */
export function saveItemDraft(id: string, input: ItemDraftInput): Promise<ItemDetail> {
  return api<ItemDetail>('PUT', `${subjectPath(id, 'item')}/draft`, input);
}

/** Creates or edits the benchmark's draft; a published benchmark gets a new version. */
export function saveBenchmarkDraft(id: string, input: BenchmarkDraftInput): Promise<ItemDetail> {
  return api<ItemDetail>('PUT', `${subjectPath(id, 'benchmark')}/draft`, input);
}

/** Saves the item's draft, then refreshes the item and the list. */
export function useSaveItemDraft(id: string) {
  return useDetailMutation(id, (input: ItemDraftInput) => saveItemDraft(id, input));
}

/** Saves the benchmark's draft, then refreshes the item and the list. */
export function useSaveBenchmarkDraft(id: string) {
  return useDetailMutation(id, (input: BenchmarkDraftInput) => saveBenchmarkDraft(id, input));
}
