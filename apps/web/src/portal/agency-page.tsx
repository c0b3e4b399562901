import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '@jiandu/contracts/certificate-labels';
import { authorityLabel } from './agencies-page.tsx';
import { decisionsHref } from './decisions-page.tsx';
import { catalogueHref } from './items-page.tsx';
import { regionLabel } from './liaoning.ts';
import { t } from './locale.ts';
import { fetchAgency, fetchOfficers } from './public-api.ts';
import { onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { useFetch } from './use-fetch.ts';

/** A certificate status as a coloured word. */
export function StatusTag({ status }: { status: CertificateStatus }) {
  return <span className={`status status-${status}`}>{CERTIFICATE_STATUS_LABELS[status]}</span>;
}

/** One published agency: its legal basis and its officers with their certificates. */
export function AgencyPage({ creditCode }: { creditCode: string }) {
  const agency = useFetch(creditCode, () => fetchAgency(creditCode));
  const officers = useFetch(agency.data ? creditCode : null, () => fetchOfficers(creditCode));
  const a = agency.data;
  return (
    <PortalShell
      crumbs={[{ label: t('agenciesTitle'), href: '/agencies' }, { label: a?.name ?? creditCode }]}
    >
      {agency.loading ? <p className="muted">{t('loading')}</p> : null}
      {agency.error ? (
        <p className="error" role="alert">
          {agency.error}
        </p>
      ) : null}
      {a ? (
        <>
          <h1>{a.name}</h1>
          <dl className="facts panel">
            <dt>{t('creditCode')}</dt>
            <dd className="mono">{a.creditCode}</dd>
            <dt>{t('region')}</dt>
            <dd>{regionLabel(a.regionCode, t('provinceLevel'))}</dd>
            <dt>{t('authority')}</dt>
            <dd>{authorityLabel(a.authority)}</dd>
            <dt>{t('fields')}</dt>
            <dd>{a.fields.join('、')}</dd>
            {a.legalBases?.length ? (
              <>
                <dt>{t('legalBases')}</dt>
                <dd>
                  <ul className="plain">
                    {a.legalBases.map((b) => (
                      <li key={`${b.law}${b.article ?? ''}`}>
                        {b.law}
                        {b.article ? ` ${b.article}` : ''}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {a.entrustment ? (
              <>
                <dt>{t('entrustment')}</dt>
                <dd>
                  {a.entrustment.entrustingBody
                    ? `${t('entrustingBody')}: ${a.entrustment.entrustingBody}`
                    : ''}
                  {a.entrustment.scope ? `; ${t('scope')}: ${a.entrustment.scope}` : ''}
                  {a.entrustment.startDate
                    ? `; ${t('term')}: ${a.entrustment.startDate} — ${a.entrustment.endDate ?? ''}`
                    : ''}
                </dd>
              </>
            ) : null}
          </dl>
          <p>
            <a href={catalogueHref({ agencyCreditCode: a.creditCode })} onClick={onLinkClick}>
              {t('agencyItems')}
            </a>
          </p>
          <p>
            <a href={decisionsHref({ agencyCreditCode: a.creditCode })} onClick={onLinkClick}>
              {t('agencyDecisions')}
            </a>
          </p>
          <section aria-labelledby="officers-title">
            <h2 id="officers-title">{t('officersTitle')}</h2>
            {officers.loading ? <p className="muted">{t('loading')}</p> : null}
            {officers.error ? (
              <p className="error" role="alert">
                {officers.error}
              </p>
            ) : null}
            {officers.data && officers.data.length === 0 ? <p>{t('noOfficers')}</p> : null}
            {officers.data && officers.data.length > 0 ? (
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('officerName')}</th>
                      <th scope="col">{t('certificateNumber')}</th>
                      <th scope="col">{t('fields')}</th>
                      <th scope="col">{t('certificateStatus')}</th>
                      <th scope="col">{t('validUntil')}</th>
                      <th scope="col">{t('legalReviewer')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {officers.data.map((o) => (
                      <tr key={o.certificateNumber}>
                        <td>{o.name}</td>
                        <td className="mono">
                          <a href={`/certificates/${o.certificateNumber}`} onClick={onLinkClick}>
                            {o.certificateNumber}
                          </a>
                        </td>
                        <td>{o.fields.join('、')}</td>
                        <td>
                          <StatusTag status={o.status} />
                        </td>
                        <td>{o.validUntil}</td>
                        <td>{o.legalReviewer ? t('yes') : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </PortalShell>
  );
}
