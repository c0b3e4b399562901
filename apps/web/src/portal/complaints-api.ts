import type { ComplaintRating } from '@jiandu/contracts/complaint-labels';
import type { ComplaintLimits, ComplaintTracking } from '@jiandu/contracts/complaints';
import type { PublicOfficer } from '@jiandu/contracts/officers';
import type { Region } from '@jiandu/contracts/regions';
import { request } from './public-api.ts';

/** The arithmetic challenge: its question as text (the picture's text alternative), the picture, a token. */
export interface Challenge {
  question: string;
  svg: string;
  token: string;
  expiresAt: string;
}

/** What the complainant keeps: shown once, never sent again. */
export interface Receipt {
  trackingCode: string;
  password: string;
}

/** One attachment as the submission carries it. */
export interface Upload {
  fileName: string;
  contentBase64: string;
}

/** The submission body (PublicComplaintSchema's input). */
export interface ComplaintSubmission {
  anonymous: boolean;
  confidential: boolean;
  complainant?: { name: string; phone: string; idNumber?: string };
  regionCode: string;
  target: {
    agencyCreditCode?: string;
    agencyName?: string;
    officerName?: string;
    certificateNumber?: string;
    caseNumber?: string;
  };
  category: string;
  title: string;
  content: string;
  attachments: Upload[];
  challengeToken: string;
  challengeAnswer: number;
}

const BASE = '/api/public/complaints';
const path = (code: string, sub = '') => `${BASE}/${encodeURIComponent(code.trim().toUpperCase())}${sub}`;

/** The limits the server is configured with (files, bytes per file, days to ask for reopening). */
export function fetchComplaintLimits(): Promise<ComplaintLimits> {
  return request(`${BASE}/limits`);
}

/** A fresh challenge; each one may be answered once. */
export function fetchChallenge(): Promise<Challenge> {
  return request(`${BASE}/challenge`, { cache: 'no-store' });
}

/** Submits a complaint; answers with the tracking code and the password. */
export function submitComplaint(body: ComplaintSubmission): Promise<Receipt> {
  return request(BASE, { method: 'POST', body: JSON.stringify(body) });
}

/** The complaint's progress; the password travels in a header, never in the address. */
export function trackComplaint(code: string, password: string): Promise<ComplaintTracking> {
  return request(path(code), {
    cache: 'no-store',
    headers: { 'x-tracking-password': password.trim() },
  });
}

/** Rates the answer. */
export function rateComplaint(
  code: string,
  input: { password: string; rating: ComplaintRating; comment?: string },
): Promise<ComplaintTracking> {
  return request(path(code, '/rating'), { method: 'POST', body: JSON.stringify(input) });
}

/** Asks for the complaint to be handled again, with the reason. */
export function reopenComplaint(
  code: string,
  input: { password: string; reason: string },
): Promise<ComplaintTracking> {
  return request(path(code, '/reopen'), { method: 'POST', body: JSON.stringify(input) });
}

/** The counties of a city, for the place where it happened. */
export async function fetchCounties(cityCode: string): Promise<Region[]> {
  return (await request<{ items: Region[] }>(`/api/regions/${cityCode}/children`)).items;
}

/** The officer holding a certificate, to name whom the complaint is about. */
export function lookUpCertificate(number: string): Promise<PublicOfficer> {
  return request(`/api/public/certificates/${encodeURIComponent(number)}`);
}

/** The clock time a number of seconds from now (a 429's Retry-After), to say when to try again. */
export function clockIn(seconds: number): string {
  return new Date(Date.now() + seconds * 1000).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
  });
}
