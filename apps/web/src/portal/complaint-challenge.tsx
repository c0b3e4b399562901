import { useCallback, useEffect, useState } from 'react';
import { fieldId } from './complaint-form.ts';
import { tc } from './complaint-locale.ts';
import { type Challenge, fetchChallenge } from './complaints-api.ts';
import { Field, FormSection } from './form-field.tsx';

/** The current challenge, its loading error, and a way to get a new one (with why, if not asked for). */
export interface ChallengeState {
  challenge: Challenge | null;
  error: string | null;
  note: string | null;
  refresh: (note?: string) => void;
}

/**
 * Keeps one challenge at hand: fetched on arrival, replaced on request, and replaced by itself a
 * little before it expires (the person is told, and `onReplaced` clears the old answer).
 */
export function useChallenge(onReplaced: () => void): ChallengeState {
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const refresh = useCallback(
    (why?: string) => {
      setError(null);
      setNote(why ?? null);
      onReplaced();
      fetchChallenge().then(setChallenge, (e: Error) => {
        setChallenge(null);
        setError(tc('challengeFailed', { detail: e.message }));
      });
    },
    [onReplaced],
  );
  useEffect(() => refresh(), [refresh]);
  useEffect(() => {
    if (!challenge) return;
    const left = Date.parse(challenge.expiresAt) - Date.now() - 5_000;
    const timer = window.setTimeout(() => refresh(tc('challengeExpired')), Math.max(left, 1_000));
    return () => window.clearTimeout(timer);
  }, [challenge, refresh]);
  return { challenge, error, note, refresh };
}

/** The challenge picture (its question as the text alternative), a new-question button and the answer. */
export function ChallengeField({
  state,
  answer,
  onAnswer,
  error,
}: {
  state: ChallengeState;
  answer: string;
  onAnswer: (answer: string) => void;
  error?: string;
}) {
  const { challenge } = state;
  return (
    <FormSection id="challenge" legend={tc('challengeLegend')}>
      <div className="challenge">
        {challenge ? (
          <img
            className="challenge-image"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(challenge.svg)}`}
            alt={tc('challengeAlt', { question: challenge.question })}
            width={160}
            height={48}
          />
        ) : (
          <span className="challenge-image challenge-empty">{state.error ?? tc('challengeLoading')}</span>
        )}
        <button type="button" className="secondary" onClick={() => state.refresh()}>
          {tc('refresh')}
        </button>
      </div>
      <p className="field-hint" aria-live="polite">
        {state.note ?? ''}
      </p>
      <Field
        id={fieldId('challenge')}
        label={tc('challengeAnswer')}
        hint={tc('challengeHint')}
        error={error}
        required
      >
        {(aria) => (
          <input
            {...aria}
            className="short"
            inputMode="numeric"
            autoComplete="off"
            value={answer}
            onChange={(e) => onAnswer(e.target.value)}
            maxLength={3}
          />
        )}
      </Field>
    </FormSection>
  );
}
