/**
 * Query keys of the officers feature. Officers, certificates and staffing all sit under
 * `['officers']`, so one invalidation after any change refreshes every list, detail and figure.
 */
export const officerKeys = {
  all: ['officers'] as const,
  list: (query: object) => ['officers', 'list', query] as const,
  one: (id: string) => ['officers', 'one', id] as const,
  posts: (id: string) => ['officers', 'posts', id] as const,
  trainings: (id: string) => ['officers', 'trainings', id] as const,
  exams: (id: string) => ['officers', 'exams', id] as const,
  certificates: (query: object) => ['officers', 'certificates', query] as const,
  events: (certificateId: string) => ['officers', 'certificate-events', certificateId] as const,
  validity: (certificateId: string, date: string) =>
    ['officers', 'certificate-validity', certificateId, date] as const,
  staffing: (query: object) => ['officers', 'staffing', query] as const,
  staffingOf: (orgId: string) => ['officers', 'staffing-of', orgId] as const,
  target: (regionCode: string) => ['officers', 'staffing-target', regionCode] as const,
  /** Org picker data: outside `['officers']`, since officer changes do not change the org tree. */
  orgs: (key: string) => ['officer-orgs', key] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);
