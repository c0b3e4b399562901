/**
 * Query keys of the catalogue feature. Everything sits under `['items']`, so one invalidation after
 * a workflow step refreshes the list and the item together.
 */
export const itemKeys = {
  all: ['items'] as const,
  list: (query: object) => ['items', 'list', query] as const,
  one: (id: string) => ['items', 'one', id] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);

/** Whether a workflow call is about the item itself or its benchmark. */
export type Subject = 'item' | 'benchmark';

/** The base path of a subject's workflow: `/api/items/:id` or `/api/items/:id/benchmark`. */
export function subjectPath(id: string, subject: Subject): string {
  return subject === 'item' ? `/api/items/${seg(id)}` : `/api/items/${seg(id)}/benchmark`;
}
