import type { ComplaintTracking } from '@jiandu/contracts/complaints';
import { type FormEvent, useState } from 'react';
import { FollowUp } from './complaint-follow-up.tsx';
import { tc } from './complaint-locale.ts';
import { ComplaintProgress } from './complaint-progress.tsx';
import { clockIn, trackComplaint } from './complaints-api.ts';
import { Field } from './form-field.tsx';
import { PublicApiError } from './public-api.ts';
import { onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';

/** A complaint found with the code and password that found it (kept for rating and reopening). */
interface Found {
  tracking: ComplaintTracking;
  code: string;
  password: string;
  done: string | null;
}

/** The sentences for a refused query: the server's reason, and for a wrong password what to check. */
function explain(error: unknown): string[] {
  if (!(error instanceof PublicApiError)) return [tc('network')];
  if (error.status === 404) return [error.message, tc('wrongHint')];
  if (error.status === 429 && error.retryAfter)
    return [error.message, tc('retryAt', { time: clockIn(error.retryAfter) })];
  return [error.message];
}

/** 查询办理进度: the tracking code and password, then the progress, the answer and what may follow. */
export function ComplaintTrackPage({ query }: { query: URLSearchParams }) {
  const [code, setCode] = useState(query.get('code') ?? '');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ code?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string[] | null>(null);
  const [found, setFound] = useState<Found | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const want = {
      code: code.trim() ? undefined : tc('codeMissing'),
      password: password.trim() ? undefined : tc('passwordMissing'),
    };
    setMissing(want);
    if (want.code || want.password) return;
    setBusy(true);
    setFailure(null);
    setFound(null);
    try {
      const tracking = await trackComplaint(code, password);
      setFound({ tracking, code: tracking.trackingCode, password: password.trim(), done: null });
    } catch (error) {
      setFailure(explain(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PortalShell crumbs={[{ label: tc('submitTitle'), href: '/complaints' }, { label: tc('trackTitle') }]}>
      <h1>{tc('trackTitle')}</h1>
      <p className="muted">{tc('trackIntro')}</p>
      <form className="panel track-form" onSubmit={submit} noValidate>
        <div className="field-grid">
          <Field id="track-code" label={tc('trackingCode')} hint={tc('codeHint')} error={missing.code}>
            {(aria) => (
              <input
                {...aria}
                className="mono"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={40}
              />
            )}
          </Field>
          <Field id="track-password" label={tc('password')} error={missing.password}>
            {(aria) => (
              <input
                {...aria}
                type="password"
                className="mono"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="off"
                maxLength={64}
              />
            )}
          </Field>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? tc('trackLoading') : tc('trackSubmit')}
        </button>
      </form>
      <div aria-live="polite">
        {failure ? (
          <div className="error-summary" role="alert">
            {failure.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
        {found?.done ? <p className="success">{found.done}</p> : null}
      </div>
      {found ? (
        <>
          <ComplaintProgress tracking={found.tracking} />
          <FollowUp
            tracking={found.tracking}
            code={found.code}
            password={found.password}
            onChange={(tracking, done) => setFound({ ...found, tracking, done })}
          />
        </>
      ) : null}
      <p>
        <a href="/complaints" onClick={onLinkClick}>
          {tc('newComplaint')}
        </a>
      </p>
    </PortalShell>
  );
}
