import type { Problem } from '@jiandu/contracts/problem';

/** An API error with the server's problem details (Chinese `detail`, stable `code`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem> & { detail: string; code: string },
  ) {
    super(problem.detail);
  }
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();
let lastActivity = Date.now();

/** Remembers the session's CSRF token; every change sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (idle timeout, sign-out elsewhere). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** When the user last talked to the server (for the idle-timeout warning). */
export function lastApiActivity(): number {
  return lastActivity;
}

async function parse(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 204) return undefined;
  if (type.includes('json')) return res.json();
  return res.blob();
}

/** Calls the API; throws ApiError with the problem details on any non-2xx answer. */
export async function api<T>(
  method: string,
  url: string,
  body?: unknown,
  init: { raw?: BodyInit; contentType?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (init.raw !== undefined) {
    payload = init.raw;
    headers['content-type'] = init.contentType ?? 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  lastActivity = Date.now();
  const data = await parse(res);
  if (!res.ok) {
    const problem = (
      data && typeof data === 'object' && 'detail' in data
        ? data
        : { detail: `请求失败 (${res.status})`, code: 'HTTP_ERROR' }
    ) as ApiError['problem'];
    if (res.status === 401 && problem.code === 'UNAUTHENTICATED')
      for (const l of unauthenticatedListeners) l();
    throw new ApiError(res.status, problem);
  }
  return data as T;
}

/** GET with query parameters (empty values left out). */
export function get<T>(
  url: string,
  query: Record<string, string | number | undefined | null> = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return api<T>('GET', qs ? `${url}?${qs}` : url);
}

/** Downloads a file (xlsx export) under the name the server suggests. */
export async function download(
  url: string,
  query: Record<string, string | number | undefined> = {},
): Promise<void> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const res = await fetch(params.toString() ? `${url}?${params}` : url, { credentials: 'same-origin' });
  if (!res.ok) {
    const problem = await res
      .json()
      .catch(() => ({ detail: `下载失败 (${res.status})`, code: 'HTTP_ERROR' }));
    throw new ApiError(res.status, problem);
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const name = match ? decodeURIComponent(match[1]!) : 'export.xlsx';
  const blob = await res.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
