/**
 * Query keys of the supervision plans, all under `['supervision-plans']`: a change to one plan
 * refreshes the list, the plan and its year's figures with one invalidation.
 */
export const planKeys = {
  all: ['supervision-plans'] as const,
  list: (query: object) => ['supervision-plans', 'list', query] as const,
  one: (id: string) => ['supervision-plans', 'one', id] as const,
  figures: (id: string) => ['supervision-plans', 'figures', id] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
