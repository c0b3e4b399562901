/**
 * Query keys of the org feature. Every org query sits under `['orgs']`, so one invalidation after a
 * change refreshes the table, the tree and the pickers together.
 */
export const orgKeys = {
  all: ['orgs'] as const,
  list: (query: object) => ['orgs', 'list', query] as const,
  one: (id: string) => ['orgs', 'one', id] as const,
  roots: () => ['orgs', 'roots'] as const,
  children: (parentId: string) => ['orgs', 'children', parentId] as const,
};
