import { COMPLAINT_RATINGS, type ComplaintRating } from '@jiandu/contracts/complaint-labels';
import {
  ComplaintRateSchema,
  ComplaintReopenSchema,
  type ComplaintTracking,
} from '@jiandu/contracts/complaints';
import { type FormEvent, useState } from 'react';
import { currentLocale } from '../lib/i18n.ts';
import { LIMITS } from './complaint-form.ts';
import { tc } from './complaint-locale.ts';
import { rateComplaint, reopenComplaint } from './complaints-api.ts';
import { Field } from './form-field.tsx';

/** Today in China, as the server counts the reopening window. */
const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** The first problem the contract finds, in the page's language. */
function firstIssue(
  result: { success: true } | { success: false; error: { issues: { message: string }[] } },
  english: string,
): string | null {
  if (result.success) return null;
  return currentLocale() === 'en' ? english : result.error.issues[0]!.message;
}

/** Sends a follow-up and reports its outcome: the new state with a sentence, or the server's explanation. */
function useSend(onChange: FollowUpProps['onChange']) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (call: () => Promise<ComplaintTracking>, doneText: (t: ComplaintTracking) => string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await call();
      onChange(next, doneText(next));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, send };
}

/** The rating form: satisfied, mostly or not, with an optional comment. */
function RatingForm({ code, password, onChange }: FollowUpProps) {
  const [rating, setRating] = useState<ComplaintRating | ''>('');
  const [comment, setComment] = useState('');
  const { busy, error, setError, send } = useSend(onChange);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { password, rating: rating || undefined, comment: comment.trim() || undefined };
    const checked = ComplaintRateSchema.safeParse(input);
    const issue = firstIssue(checked, rating ? tc('commentLong') : tc('chooseRating'));
    if (issue || !checked.success) return setError(issue);
    void send(
      () => rateComplaint(code, checked.data),
      () => tc('rateDone'),
    );
  };
  return (
    <form className="panel follow-up" onSubmit={submit} noValidate aria-labelledby="rate-title">
      <h2 id="rate-title" className="follow-up-title">
        {tc('rateHeading')}
      </h2>
      <fieldset className="choice-row">
        <legend>{tc('ratingLegend')}</legend>
        {COMPLAINT_RATINGS.map((r) => (
          <label key={r} className="choice">
            <input
              type="radio"
              name="rating"
              checked={rating === r}
              onChange={() => {
                setRating(r);
                setError(null);
              }}
            />
            {tc(`rating_${r}`)}
          </label>
        ))}
      </fieldset>
      <Field id="rating-comment" label={tc('comment')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={LIMITS.comment}
          />
        )}
      </Field>
      <Failure error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {tc('rateSubmit')}
      </button>
    </form>
  );
}

/** The request to handle the complaint again, with the reasons, while the window is open. */
function ReopenForm({ code, password, onChange, until }: FollowUpProps & { until: string }) {
  const [reason, setReason] = useState('');
  const { busy, error, setError, send } = useSend(onChange);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = ComplaintReopenSchema.safeParse({ password, reason });
    const issue = firstIssue(checked, reason.trim().length < 5 ? tc('reasonShort') : tc('reasonLong'));
    if (issue || !checked.success) return setError(issue);
    void send(
      () => reopenComplaint(code, checked.data),
      (next) => tc('reopenDone', { date: next.answerDueOn ?? '' }),
    );
  };
  return (
    <form className="panel follow-up" onSubmit={submit} noValidate aria-labelledby="reopen-title">
      <h2 id="reopen-title" className="follow-up-title">
        {tc('reopenHeading')}
      </h2>
      <p>{tc('reopenIntro', { date: until })}</p>
      <Field id="reopen-reason" label={tc('reason')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={4}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            maxLength={LIMITS.reason}
          />
        )}
      </Field>
      <Failure error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {tc('reopenSubmit')}
      </button>
    </form>
  );
}

/** Why a follow-up was not accepted, announced. */
function Failure({ error }: { error: string | null }) {
  return error ? (
    <p className="error" role="alert">
      {error}
    </p>
  ) : null;
}

interface FollowUpProps {
  code: string;
  password: string;
  /** The complaint as it now stands, and a sentence saying what was done. */
  onChange: (tracking: ComplaintTracking, done: string) => void;
}

/**
 * What the complainant may still do: rate an answer, and ask for the complaint to be handled again
 * within the window after the answer (or be told the window has closed).
 */
export function FollowUp({ tracking, ...props }: FollowUpProps & { tracking: ComplaintTracking }) {
  const until = tracking.reopenUntil;
  return (
    <>
      {tracking.status === 'answered' ? <RatingForm {...props} /> : null}
      {until && chinaToday() <= until ? <ReopenForm {...props} until={until} /> : null}
      {until && chinaToday() > until ? <p className="muted">{tc('reopenClosed', { date: until })}</p> : null}
    </>
  );
}
