import { readChallenge } from '@jiandu/server/src/demo/complaints-demo.ts';

/** One complaint to submit from a client address. */
export interface Submission {
  ip: string;
  body: Record<string, unknown>;
}

/** How long a client waits for an answer before it gives up. */
const TIMEOUT_MS = Number(process.env.BENCH_COMPLAINT_TIMEOUT_MS ?? 30_000);

/** What came back: the final status (0 without an answer), the POST's latency, the whole one. */
export interface Outcome {
  status: number;
  /** Null when the challenge was refused and nothing was posted. */
  postMs: number | null;
  /** From the scheduled time to the last answer: the challenge, the POST and any queueing. */
  totalMs: number;
  /** The problem's Chinese detail on a refusal (which limit), or why no answer came. */
  detail: string | null;
}

/** Why a request got no answer: timed out, or the connection failed (its code). */
function failure(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string } };
  return e.name === 'TimeoutError'
    ? `no answer within ${TIMEOUT_MS / 1000} s`
    : (e.cause?.code ?? e.name ?? 'error');
}

const detailOf = async (res: Response) => {
  const text = await res.text();
  if (res.status < 400) return null;
  try {
    return (JSON.parse(text) as { detail?: string }).detail ?? null;
  } catch {
    return text.slice(0, 80);
  }
};

/**
 * Submits a complaint as the portal does: fetches a challenge, answers it from the question text,
 * posts the form. Node's fetch keeps its connections alive between requests. `due` is when the
 * submission was scheduled (performance.now() time), so queueing in the client counts as latency.
 */
export async function submit(base: string, submission: Submission, due: number): Promise<Outcome> {
  const headers = { 'x-forwarded-for': submission.ip };
  try {
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    const challenge = await fetch(`${base}/api/public/complaints/challenge`, { headers, signal });
    if (challenge.status !== 200)
      return {
        status: challenge.status,
        postMs: null,
        totalMs: performance.now() - due,
        detail: await detailOf(challenge),
      };
    const { question, token } = (await challenge.json()) as { question: string; token: string };
    const sent = performance.now();
    const res = await fetch(`${base}/api/public/complaints`, {
      method: 'POST',
      signal,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...submission.body,
        challengeToken: token,
        challengeAnswer: readChallenge(question),
      }),
    });
    const detail = await detailOf(res);
    const done = performance.now();
    return { status: res.status, postMs: done - sent, totalMs: done - due, detail };
  } catch (error) {
    return { status: 0, postMs: null, totalMs: performance.now() - due, detail: failure(error) };
  }
}
