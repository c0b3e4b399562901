/** Query keys of referrals, all under `['referrals']`: a step refreshes the page and the lists at once. */
export const referralKeys = {
  all: ['referrals'] as const,
  list: (query: object) => ['referrals', 'list', query] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  origins: (kind: string, q: string) => ['referrals', 'origins', kind, q] as const,
  handlers: (q: string) => ['referrals', 'handlers', q] as const,
};

/** A path segment, escaped. */
export const seg = (value: string) => encodeURIComponent(value);

/** Where a referral's files are posted and fetched. */
export const attachmentsUrl = (id: string) => `/api/referrals/${seg(id)}/attachments`;
