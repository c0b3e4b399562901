/**
 * Query keys of the campaigns, all under `['campaigns']`: a change to one campaign refreshes the
 * list and the campaign with one invalidation.
 */
export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (query: object) => ['campaigns', 'list', query] as const,
  one: (id: string) => ['campaigns', 'one', id] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
