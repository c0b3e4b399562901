import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_TYPE_LABELS } from '@jiandu/contracts/certificate-labels';
import { useState } from 'react';
import { t } from './locale.ts';
import { fetchCertificate } from './public-api.ts';
import { onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { useFetch } from './use-fetch.ts';

/**
 * What a QR code on a certificate opens (亮证): whether the certificate may be used for enforcement
 * now, and whose it is — name, agency, fields and validity, nothing personal beyond the name.
 */
export function CertificatePage({ number }: { number: string }) {
  const result = useFetch(number, () => fetchCertificate(number));
  const [checkedAt] = useState(() => new Date().toLocaleString('zh-CN', { hour12: false }));
  const c = result.data;
  const valid = c?.status === 'valid';
  return (
    <PortalShell crumbs={[{ label: t('checkTitle'), href: '/certificates' }, { label: number }]}>
      <h1>{t('certificateTitle')}</h1>
      {result.loading ? <p className="muted">{t('loading')}</p> : null}
      {result.error ? (
        <div className="verdict verdict-bad" role="alert">
          <p className="verdict-title">{t('notFound')}</p>
          <p>{result.error}</p>
        </div>
      ) : null}
      {c ? (
        <>
          <div className={valid ? 'verdict verdict-ok' : 'verdict verdict-bad'} role="status">
            <p className="verdict-title">
              {valid ? t('statusValid') : t('statusInvalid')}
              <span className="verdict-status">{CERTIFICATE_STATUS_LABELS[c.status]}</span>
            </p>
            <p>
              {valid
                ? t('statusValidNote')
                : t('statusInvalidNote', { status: CERTIFICATE_STATUS_LABELS[c.status] })}
            </p>
          </div>
          <div className="certificate panel">
            {c.photoUrl ? <img className="holder-photo" src={c.photoUrl} alt={t('photo')} /> : null}
            <dl className="facts">
              <dt>{t('holder')}</dt>
              <dd className="holder-name">{c.name}</dd>
              <dt>{t('certificateType')}</dt>
              <dd>{CERTIFICATE_TYPE_LABELS[c.certificateType]}</dd>
              <dt>{t('certificateNumber')}</dt>
              <dd className="mono">{c.certificateNumber}</dd>
              <dt>{t('agency')}</dt>
              <dd>
                {c.agencyCreditCode ? (
                  <a href={`/agencies/${c.agencyCreditCode}`} onClick={onLinkClick}>
                    {c.agencyName}
                  </a>
                ) : (
                  c.agencyName
                )}
              </dd>
              <dt>{t('fields')}</dt>
              <dd>{c.fields.join('、')}</dd>
              <dt>{t('validUntil')}</dt>
              <dd>{c.validUntil}</dd>
              {c.legalReviewer ? (
                <>
                  <dt>{t('legalReviewer')}</dt>
                  <dd>{t('yes')}</dd>
                </>
              ) : null}
            </dl>
            <figure className="qr">
              <img
                src={`/api/public/certificates/${encodeURIComponent(c.certificateNumber)}/qr.svg`}
                alt={t('qr')}
                width={128}
                height={128}
              />
              <figcaption className="muted">{t('qr')}</figcaption>
            </figure>
          </div>
          <p className="muted">{t('checkedAt', { time: checkedAt })}</p>
        </>
      ) : null}
      <p>
        <a href="/certificates" onClick={onLinkClick}>
          {t('otherCertificate')}
        </a>
      </p>
    </PortalShell>
  );
}
