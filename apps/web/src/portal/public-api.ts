import type { PublicAgency, PublicAgencyDetail } from '@jiandu/contracts/agencies';
import type { PublicOfficer } from '@jiandu/contracts/officers';

/** A failed public request, with the server's Chinese explanation. */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new PublicApiError(res.status, (body as { detail?: string }).detail ?? `错误 ${res.status}`);
  return body as T;
}

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
