import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { totpCode, totpStep } from '../src/platform/auth/totp.ts';

/** A console user in tests: keeps the session cookie and CSRF token like a browser would. */
export class SessionClient {
  cookie: string | null = null;
  csrf: string | null = null;
  secret: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  /** Sends a request with the session cookie and, for changes, the CSRF token. */
  async send(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
    });
    const setCookie = res.headers['set-cookie'];
    const value = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (value) this.cookie = value.includes('Max-Age=0') ? null : value.split(';')[0]!;
    return res;
  }

  get = (url: string) => this.send('GET', url);
  post = (url: string, body?: unknown) => this.send('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.send('PATCH', url, body);
  put = (url: string, body: unknown) => this.send('PUT', url, body);

  /** The code the user's authenticator app shows now (or at a later step, to avoid replay). */
  code(offsetSteps = 0): string {
    if (!this.secret) throw new Error('not enrolled');
    return totpCode(this.secret, totpStep() + offsetSteps);
  }
}

/**
 * Signs a user in through the real endpoints: password, then TOTP enrolment (first time) or a
 * code, then a forced password change when asked. Returns the client at the `active` stage.
 */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password: string,
  options: { secret?: string; newPassword?: string } = {},
): Promise<SessionClient> {
  const client = new SessionClient(app);
  client.secret = options.secret ?? null;
  const login = await client.post('/api/auth/login', { username, password });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  client.csrf = login.json().csrfToken;
  let stage = login.json().stage as string;
  if (stage === 'enrol') {
    const enrol = await client.post('/api/auth/totp/enrol');
    client.secret = enrol.json().secret;
    const confirm = await client.post('/api/auth/totp/confirm', { code: client.code() });
    if (confirm.statusCode !== 200) throw new Error(`enrol failed: ${confirm.body}`);
    stage = confirm.json().stage;
  } else if (stage === 'mfa') {
    // The next step's code is accepted (clock drift) and cannot be a replay of the last one used.
    const otp = await client.post('/api/auth/otp', { code: client.code(1) });
    if (otp.statusCode !== 200) throw new Error(`otp failed: ${otp.body}`);
    stage = otp.json().stage;
  }
  if (stage === 'password') {
    const changed = await client.post('/api/auth/password', {
      currentPassword: password,
      newPassword: options.newPassword ?? 'Xq7#vLm2pR9!',
    });
    if (changed.statusCode !== 200) throw new Error(`password change failed: ${changed.body}`);
    stage = changed.json().stage;
  }
  if (stage !== 'active') throw new Error(`unexpected stage ${stage}`);
  return client;
}
