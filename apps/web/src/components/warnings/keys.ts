/**
 * Query keys of everything about warnings, all under `['warnings']`: an action on one warning
 * refreshes the centre's list and counts, a case's warning tab and the rules' quality with one
 * invalidation.
 */
export const warningKeys = {
  all: ['warnings'] as const,
  one: (id: string) => ['warnings', 'one', id] as const,
  list: (query: object) => ['warnings', 'list', query] as const,
  counts: (query: object) => ['warnings', 'counts', query] as const,
  ofCase: (caseId: string) => ['warnings', 'case', caseId] as const,
  rules: ['warnings', 'rules'] as const,
  quality: (query: object) => ['warnings', 'quality', query] as const,
  ruleHistory: (code: string) => ['warnings', 'rule-history', code] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
