/** Query keys of the case-review feature, all under `['case-reviews']` so one invalidation refreshes all. */
export const reviewKeys = {
  all: ['case-reviews'] as const,
  batches: (query: object) => ['case-reviews', 'batches', query] as const,
  batch: (id: string) => ['case-reviews', 'batch', id] as const,
  results: (id: string) => ['case-reviews', 'results', id] as const,
  candidates: (id: string) => ['case-reviews', 'candidates', id] as const,
  accounts: (id: string, q: string) => ['case-reviews', 'accounts', id, q] as const,
  rubrics: (orgId: string) => ['case-reviews', 'rubrics', orgId] as const,
  defaultRubric: ['case-reviews', 'default-rubric'] as const,
  mine: ['case-reviews', 'mine'] as const,
  assignment: (id: string) => ['case-reviews', 'assignment', id] as const,
  agencyFiles: (year: number | undefined) => ['case-reviews', 'agency-files', year ?? 'all'] as const,
  annual: (year: number) => ['case-reviews', 'annual', year] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);

/** The URL prefix of the case-review API. */
export const API = '/api/case-reviews';
