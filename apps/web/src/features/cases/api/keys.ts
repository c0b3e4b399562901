/** Query keys of the cases feature, all under `['cases']` so one invalidation refreshes list and case. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (query: object) => ['cases', 'list', query] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  regions: (q: string) => ['cases', 'regions', q] as const,
  region: (code: string) => ['cases', 'region', code] as const,
  agencies: ['cases', 'agencies'] as const,
  items: (query: object) => ['cases', 'items', query] as const,
  certificates: (orgId: string) => ['cases', 'certificates', orgId] as const,
  reviewers: (orgId: string) => ['cases', 'reviewers', orgId] as const,
  preview: (id: string) => ['cases', 'preview', id] as const,
  periods: ['cases', 'publication-periods'] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
