import { type FormEvent, useState } from 'react';
import { t } from './locale.ts';
import { navigate } from './router.ts';
import { PortalShell } from './shell.tsx';

/** Where a member of the public types the number of the certificate an officer shows them. */
export function CertificateCheckPage() {
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = number.trim().toUpperCase();
    if (!/^[A-Z0-9]{6,32}$/.test(value)) {
      setError('证件编号应为6至32位大写字母或数字, 请核对后重试');
      return;
    }
    navigate(`/certificates/${encodeURIComponent(value)}`);
  };
  return (
    <PortalShell crumbs={[{ label: t('checkTitle') }]}>
      <h1>{t('checkTitle')}</h1>
      <p className="muted">{t('checkIntro')}</p>
      <form onSubmit={submit} className="form-row panel">
        <label>
          {t('numberLabel')}
          <input
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            autoComplete="off"
            inputMode="text"
            maxLength={32}
            required
            aria-describedby={error ? 'number-error' : undefined}
          />
        </label>
        <button type="submit">{t('check')}</button>
      </form>
      {error ? (
        <p id="number-error" className="error" role="alert">
          {error}
        </p>
      ) : null}
    </PortalShell>
  );
}
