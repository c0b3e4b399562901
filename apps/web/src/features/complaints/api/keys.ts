/**
 * Query keys of everything about complaints, all under `['complaints']`: a step on one complaint
 * refreshes its page, the desk, the lists and the figures with one invalidation.
 */
export const complaintKeys = {
  all: ['complaints'] as const,
  list: (query: object) => ['complaints', 'list', query] as const,
  one: (id: string) => ['complaints', 'one', id] as const,
  statistics: (query: object) => ['complaints', 'statistics', query] as const,
  hotlineResults: (query: object) => ['complaints', 'hotline-results', query] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
