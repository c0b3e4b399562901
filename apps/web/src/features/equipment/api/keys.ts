/** The cache keys of the equipment feature. */
export const equipmentKeys = {
  all: ['equipment'] as const,
  issues: ['equipment', 'issues'] as const,
  issue: (id: string) => ['equipment', 'issues', 'one', id] as const,
  summary: ['equipment', 'summary'] as const,
  officers: (orgId: string) => ['equipment', 'officers', orgId] as const,
};
