import { type FormEvent, useState } from 'react';
import { t } from './locale.ts';

interface Answer {
  date: string;
  derivation: { explanation: string };
}

/** The public working-day calculator over the official holiday schedule. */
export function WorkingDaysTool() {
  const [from, setFrom] = useState(() => new Date().toISOString().slice(0, 10));
  const [add, setAdd] = useState('7');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setAnswer(null);
    const res = await fetch(
      `/api/calendar/working-days?from=${encodeURIComponent(from)}&add=${encodeURIComponent(add)}`,
    );
    const body = await res.json();
    if (res.ok) setAnswer(body as Answer);
    else setError((body as { detail?: string }).detail ?? `错误 ${res.status}`);
  };
  return (
    <section aria-labelledby="working-days-title" className="panel">
      <h2 id="working-days-title">{t('workingDays')}</h2>
      <p className="muted">{t('workingDaysDesc')}</p>
      <form onSubmit={submit} className="form-row">
        <label>
          {t('from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          {t('add')}
          <input
            type="number"
            min={1}
            max={365}
            value={add}
            onChange={(e) => setAdd(e.target.value)}
            required
          />
        </label>
        <button type="submit">{t('calculate')}</button>
      </form>
      <div aria-live="polite">
        {answer ? (
          <p className="answer">
            {t('result', { n: add })} <strong>{answer.date}</strong>
            <br />
            <span className="muted">{answer.derivation.explanation}</span>
          </p>
        ) : null}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
