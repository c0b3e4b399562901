/** The cache keys of the people feature, so a change can refresh just what it touched. */
export const peopleKeys = {
  all: ['people'] as const,
  supervisors: ['people', 'supervisors'] as const,
  supervisor: (id: string) => ['people', 'supervisors', 'one', id] as const,
  participations: (id: string) => ['people', 'supervisors', 'participations', id] as const,
  ageLimits: ['people', 'age-limits'] as const,
  experts: ['people', 'experts'] as const,
  talents: ['people', 'talents'] as const,
};
