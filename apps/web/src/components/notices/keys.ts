/**
 * Query keys of everything about supervision matters and notices, all under `['matters']`: an action
 * on a notice refreshes the matter page, the desk, the list and the agency's inbox with one
 * invalidation.
 */
export const matterKeys = {
  all: ['matters'] as const,
  desk: ['matters', 'desk'] as const,
  list: (query: object) => ['matters', 'list', query] as const,
  one: (id: string) => ['matters', 'one', id] as const,
  candidates: (id: string) => ['matters', 'candidates', id] as const,
  notices: (query: object) => ['matters', 'notices', query] as const,
  notice: (id: string) => ['matters', 'notice', id] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
