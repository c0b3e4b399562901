import type { PublicAgency, PublicAgencyDetail } from '@jiandu/contracts/agencies';
import type { ItemKind, ListKind } from '@jiandu/contracts/catalogue-labels';
import type { PublicItem, PublicItemDetail } from '@jiandu/contracts/catalogue-public';
import type { PublicOfficer } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import type { PublicDecision } from '@jiandu/contracts/publicity';

/** One field the server refused, as its problem details list it (`path` like `body.title`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A failed public request, with the server's Chinese explanation. */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The fields the server refused, when it said which. */
    readonly errors: FieldProblem[] = [],
    /** Seconds to wait, from a 429's Retry-After header, when the server sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

/** Sends a public request and reads its JSON answer; a problem answer becomes a PublicApiError. */
export async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: {
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const problem = body as { detail?: string; errors?: FieldProblem[] };
    const retryAfter = Number(res.headers.get('retry-after'));
    throw new PublicApiError(
      res.status,
      problem.detail ?? `错误 ${res.status}`,
      Array.isArray(problem.errors) ? problem.errors : [],
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return body as T;
}

const get = <T>(url: string): Promise<T> => request<T>(url);

/** Published agencies matching a name and a region. */
export function searchAgencies(q: string, region: string): Promise<PublicAgency[]> {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (region) params.set('region', region);
  return get(`/api/public/agencies?${params}`);
}

/** One published agency. */
export function fetchAgency(creditCode: string): Promise<PublicAgencyDetail> {
  return get(`/api/public/agencies/${encodeURIComponent(creditCode)}`);
}

/** The officers of an agency, with their certificates' status. */
export function fetchOfficers(agencyCreditCode: string): Promise<PublicOfficer[]> {
  return get(`/api/public/officers?agencyCreditCode=${encodeURIComponent(agencyCreditCode)}`);
}

/** One certificate, as shown when an officer presents it (亮证). */
export function fetchCertificate(number: string): Promise<PublicOfficer> {
  return get(`/api/public/certificates/${encodeURIComponent(number)}`);
}

/** What the public catalogue is filtered by; empty strings mean no filter. */
export interface ItemFilter {
  q: string;
  agencyCreditCode: string;
  kind: ItemKind | '';
  list: ListKind | '';
}

/** The most items one catalogue search returns (the server's cap). */
export const PUBLIC_ITEMS_LIMIT = 200;

/** Items in force today matching a Chinese fragment, an agency and a kind, by agency then code. */
export function searchItems(filter: ItemFilter): Promise<PublicItem[]> {
  const params = new URLSearchParams();
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.agencyCreditCode) params.set('agencyCreditCode', filter.agencyCreditCode);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.list) params.set('list', filter.list);
  return get(`/api/public/items?${params}`);
}

/** One item in force today with its benchmark, or the server's explanation when none is (404). */
export async function fetchItem(
  agencyCreditCode: string,
  code: string,
): Promise<{ item: PublicItemDetail } | { missing: string }> {
  try {
    const item = await get<PublicItemDetail>(
      `/api/public/items/${encodeURIComponent(agencyCreditCode)}/${encodeURIComponent(code)}`,
    );
    return { item };
  } catch (error) {
    if (error instanceof PublicApiError && error.status === 404) return { missing: error.message };
    throw error;
  }
}

/** What the decision search is filtered by; empty strings mean no filter. */
export interface DecisionFilter {
  q: string;
  agencyCreditCode: string;
  from: string;
  to: string;
  page: number;
}

/** How many decisions one page of the search shows. */
export const DECISIONS_PAGE_SIZE = 20;

/** The Atom feed of the newest published decisions, for feed readers. */
export const DECISIONS_FEED = '/api/public/decisions/feed.xml';

/** Published decisions matching a fragment, an agency and a decision-date range, newest first. */
export function searchDecisions(filter: DecisionFilter): Promise<Page<PublicDecision>> {
  const params = new URLSearchParams();
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.agencyCreditCode) params.set('agencyCreditCode', filter.agencyCreditCode);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  params.set('page', String(filter.page));
  params.set('pageSize', String(DECISIONS_PAGE_SIZE));
  return get(`/api/public/decisions?${params}`);
}

/** One published decision, or the server's explanation once it was withdrawn or expired (404). */
export async function fetchDecision(id: string): Promise<{ decision: PublicDecision } | { missing: string }> {
  try {
    return { decision: await get<PublicDecision>(`/api/public/decisions/${encodeURIComponent(id)}`) };
  } catch (error) {
    if (error instanceof PublicApiError && error.status === 404) return { missing: error.message };
    throw error;
  }
}
