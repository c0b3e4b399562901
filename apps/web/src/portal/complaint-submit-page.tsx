import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { readUpload } from './complaint-attachments.tsx';
import { ChallengeField, useChallenge } from './complaint-challenge.tsx';
import { DetailsFields } from './complaint-details.tsx';
import {
  type ComplaintDraft,
  draftStore,
  errorsFromServer,
  type FieldErrors,
  type FieldKey,
  fieldId,
  toSubmission,
  validateDraft,
} from './complaint-form.ts';
import { IdentityFields } from './complaint-identity.tsx';
import { fieldErrorsEn, tc } from './complaint-locale.ts';
import { ComplaintReceipt } from './complaint-receipt.tsx';
import { TargetFields } from './complaint-target.tsx';
import { clockIn, type Receipt, submitComplaint } from './complaints-api.ts';
import { PublicApiError } from './public-api.ts';
import { onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';

/** Why a submission failed, beyond the fields: a heading and sentences. */
interface Problem {
  title: string;
  lines: string[];
}

const ORDER = Object.keys(fieldErrorsEn) as FieldKey[];

/** The fields and sentences that explain a failed submission. */
function explain(error: unknown): { errors: FieldErrors; problem: Problem | null } {
  if (!(error instanceof PublicApiError)) {
    const network = error instanceof TypeError;
    return {
      errors: {},
      problem: { title: tc('notSubmitted'), lines: [network ? tc('network') : (error as Error).message] },
    };
  }
  if (error.status === 429) {
    const lines = [error.message];
    if (error.retryAfter) lines.push(tc('retryAt', { time: clockIn(error.retryAfter) }));
    return { errors: {}, problem: { title: tc('rateLimited'), lines } };
  }
  if (error.status === 413) return { errors: { attachments: tc('tooLarge') }, problem: null };
  const { errors, unplaced } = errorsFromServer(error.errors);
  const placed = Object.keys(errors).length > 0 && !unplaced;
  return { errors, problem: placed ? null : { title: tc('notSubmitted'), lines: [error.message] } };
}

/** Moves focus to a field named in the error summary (its first control when it is a group). */
function focusField(key: FieldKey) {
  const element = document.getElementById(fieldId(key));
  const target = element?.matches('input, select, textarea, [tabindex]')
    ? element
    : element?.querySelector<HTMLElement>('input, select, textarea');
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

/** The list of what went wrong, focused after a failed attempt, each field error a link to the field. */
function ErrorSummary({ errors, problem }: { errors: FieldErrors; problem: Problem | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const keys = ORDER.filter((k) => errors[k]);
  return (
    <div className="error-summary" ref={box} tabIndex={-1} role="alert">
      <h2>{problem?.title ?? tc('errorSummary', { n: keys.length })}</h2>
      {problem?.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {keys.length ? (
        <ul>
          {keys.map((k) => (
            <li key={k}>
              <a
                href={`#${fieldId(k)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(k);
                }}
              >
                {errors[k]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p>{tc('kept')}</p>
    </div>
  );
}

/** 我要投诉举报: the public complaint form, and the tracking code and password once it is in. */
export function ComplaintSubmitPage() {
  const [draft, setDraft] = useState<ComplaintDraft>(draftStore.load);
  const [files, setFiles] = useState<File[]>([]);
  const [failure, setFailure] = useState<{ errors: FieldErrors; problem: Problem | null; n: number } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const update = useCallback((patch: Partial<ComplaintDraft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const clearAnswer = useCallback(() => update({ challengeAnswer: '' }), [update]);
  const challenge = useChallenge(clearAnswer);
  useEffect(() => {
    if (!receipt) draftStore.save(draft);
  }, [draft, receipt]);

  const fail = (errors: FieldErrors, problem: Problem | null) =>
    setFailure((f) => ({ errors, problem, n: (f?.n ?? 0) + 1 }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const token = challenge.challenge?.token ?? '';
    const found = validateDraft(draft, token);
    if (Object.keys(found).length) return fail(found, null);
    setBusy(true);
    try {
      const uploads = await Promise.all(files.map(readUpload));
      const answer = await submitComplaint(toSubmission(draft, uploads, token));
      draftStore.clear();
      setFailure(null);
      setReceipt(answer);
    } catch (error) {
      const { errors, problem } = explain(error);
      fail(errors, problem);
      // The server may have spent the challenge; a fresh one is asked for in every case.
      challenge.refresh(tc('answerAgain'));
    } finally {
      setBusy(false);
    }
  };

  const errors = failure?.errors ?? {};
  return (
    <PortalShell crumbs={[{ label: tc('submitTitle') }]}>
      {receipt ? (
        <ComplaintReceipt receipt={receipt} />
      ) : (
        <>
          <h1>{tc('submitTitle')}</h1>
          <p className="muted">{tc('submitIntro')}</p>
          <p>
            {tc('haveCode')}{' '}
            <a href="/complaints/track" onClick={onLinkClick}>
              {tc('trackLink')}
            </a>
          </p>
          {failure ? <ErrorSummary key={failure.n} errors={errors} problem={failure.problem} /> : null}
          <form className="complaint-form" onSubmit={submit} noValidate>
            <p className="muted">{tc('requiredNote')}</p>
            <IdentityFields draft={draft} update={update} errors={errors} />
            <TargetFields draft={draft} update={update} errors={errors} />
            <DetailsFields draft={draft} update={update} errors={errors} files={files} onFiles={setFiles} />
            <ChallengeField
              state={challenge}
              answer={draft.challengeAnswer}
              onAnswer={(challengeAnswer) => update({ challengeAnswer })}
              error={errors.challenge}
            />
            <section className="privacy-note" aria-labelledby="privacy-title">
              <h2 id="privacy-title">{tc('privacyTitle')}</h2>
              <p>{tc('privacy')}</p>
            </section>
            <p className="form-actions">
              <button type="submit" className="primary" disabled={busy}>
                {busy ? tc('submitting') : tc('submit')}
              </button>
            </p>
          </form>
        </>
      )}
    </PortalShell>
  );
}
