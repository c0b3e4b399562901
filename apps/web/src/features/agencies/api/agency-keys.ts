/**
 * Query keys of the agencies feature. Everything sits under `['agencies']`, so one invalidation
 * after a workflow step refreshes the list, the detail and the date check together.
 */
export const agencyKeys = {
  all: ['agencies'] as const,
  list: (query: object) => ['agencies', 'list', query] as const,
  one: (orgId: string) => ['agencies', 'one', orgId] as const,
  on: (orgId: string, date: string) => ['agencies', 'on', orgId, date] as const,
  /** Staffing is the officers module's figure; kept apart so workflow steps do not refetch it. */
  staffing: (orgId: string) => ['agency-staffing', orgId] as const,
  regions: (q: string) => ['agency-regions', q] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
