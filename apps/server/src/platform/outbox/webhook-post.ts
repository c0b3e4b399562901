import { signWebhook } from './signature.ts';

/** Where and how to deliver a target's messages. */
export interface WebhookTarget {
  url: string;
  secret: string;
}

/** One message as it goes over the wire. */
export interface WebhookRequest {
  topic: string;
  idempotencyKey: string;
  /** The JSON body, signed and sent byte for byte. */
  body: string;
}

/** How an attempt went: `ok` only for a 2xx answer. */
export interface WebhookResult {
  ok: boolean;
  httpStatus: number | null;
  /** A Chinese explanation for the administrator; null on success. */
  error: string | null;
}

/** How much of a refusing answer's body is kept to show the administrator. */
const ERROR_BODY_CHARS = 300;

async function bodySnippet(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  // Read only the start: a misbehaving receiver must not make the node buffer a huge answer.
  while (text.length < ERROR_BODY_CHARS) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.replace(/\s+/g, ' ').trim().slice(0, ERROR_BODY_CHARS);
}

function networkError(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `请求超时: ${timeoutMs / 1000} 秒内未收到响应`;
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `连接失败: ${detail}`;
}

/**
 * POSTs one signed message to a webhook. Redirects are not followed (a 3xx is a failure the
 * administrator should see), and the attempt gives up after `timeoutMs`. Never throws.
 */
export async function postWebhook(
  target: WebhookTarget,
  request: WebhookRequest,
  options: { timeoutMs: number; now?: Date },
): Promise<WebhookResult> {
  const timestamp = Math.floor((options.now ?? new Date()).getTime() / 1000);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Jiandu-Webhook/1',
        'idempotency-key': request.idempotencyKey,
        'x-jiandu-topic': request.topic,
        'x-jiandu-timestamp': String(timestamp),
        'x-jiandu-signature': signWebhook(target.secret, timestamp, request.body),
      },
      body: request.body,
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: true, httpStatus: response.status, error: null };
    }
    const snippet = await bodySnippet(response).catch(() => '');
    const redirect = response.status >= 300 && response.status < 400 ? ' (不跟随重定向)' : '';
    return {
      ok: false,
      httpStatus: response.status,
      error: `对方返回 HTTP ${response.status}${redirect}${snippet ? `: ${snippet}` : ''}`,
    };
  } catch (error) {
    return { ok: false, httpStatus: null, error: networkError(error, options.timeoutMs) };
  }
}
