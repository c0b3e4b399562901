import { useEffect, useRef, useState } from 'react';
import { tc } from './complaint-locale.ts';
import type { Receipt } from './complaints-api.ts';
import { onLinkClick } from './router.ts';

/** Copies text to the clipboard, falling back to a selected text area where the API is unavailable. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** One value to keep, large and spaced for copying by hand, with its copy button. */
function Kept({ label, value, onCopied }: { label: string; value: string; onCopied: (m: string) => void }) {
  return (
    <div className="kept">
      <dt>{label}</dt>
      <dd className="kept-actions">
        <span className="kept-value mono">{value}</span>
        <button
          type="button"
          className="secondary"
          onClick={async () =>
            onCopied((await copyText(value)) ? tc('copied', { what: label }) : tc('copyFailed'))
          }
        >
          {tc('copy', { what: label })}
        </button>
      </dd>
    </div>
  );
}

/** What the complainant sees once after submitting: the tracking code and the password, to keep. */
export function ComplaintReceipt({ receipt }: { receipt: Receipt }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title" ref={heading} tabIndex={-1}>
        {tc('receiptTitle')}
      </h1>
      <p>{tc('receiptIntro')}</p>
      <dl className="kept-list">
        <Kept label={tc('trackingCode')} value={receipt.trackingCode} onCopied={setCopied} />
        <Kept label={tc('password')} value={receipt.password} onCopied={setCopied} />
      </dl>
      <p className="muted" aria-live="polite">
        {copied}
      </p>
      <p className="warning" role="note">
        {tc('receiptWarning')}
      </p>
      <p>
        <a
          className="button-link"
          href={`/complaints/track?code=${encodeURIComponent(receipt.trackingCode)}`}
          onClick={onLinkClick}
        >
          {tc('goTrack')}
        </a>
      </p>
    </section>
  );
}
