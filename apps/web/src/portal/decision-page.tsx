import { CASE_KIND_LABELS, PARTY_TYPE_LABELS } from '@jiandu/contracts/case-labels';
import { CIRCUMSTANCE_LABELS } from '@jiandu/contracts/catalogue-labels';
import type { PublicDecision } from '@jiandu/contracts/publicity';
import { decisionsHref, penaltyText } from './decisions-page.tsx';
import { t } from './locale.ts';
import { fetchDecision } from './public-api.ts';
import { onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { useFetch } from './use-fetch.ts';

/** A penalty decision states the violation and the penalty; other decisions their facts and outcome. */
function headingsOf(decision: PublicDecision) {
  return decision.kind === 'penalty'
    ? { facts: t('facts'), basis: t('penaltyBasis'), content: t('penaltyContent') }
    : { facts: t('factsOther'), basis: t('basisOther'), content: t('contentOther') };
}

/** Who the decision is against: the organisation with its credit code, or a person as surname + 某. */
function PartyFacts({ decision }: { decision: PublicDecision }) {
  return (
    <>
      <dt>{t('party')}</dt>
      <dd>
        {decision.partyName}
        <span className="muted"> ({PARTY_TYPE_LABELS[decision.partyType]})</span>
      </dd>
      {decision.partyType === 'organization' && decision.partyCreditCode ? (
        <>
          <dt>{t('creditCode')}</dt>
          <dd className="mono">{decision.partyCreditCode}</dd>
        </>
      ) : null}
    </>
  );
}

/** The published decision laid out as a public notice: heading, parties, facts, basis, outcome, dates. */
function Notice({ decision }: { decision: PublicDecision }) {
  const headings = headingsOf(decision);
  return (
    <article className="notice panel" aria-labelledby="notice-title">
      <header className="notice-head">
        <p className="notice-agency">{decision.agencyName}</p>
        <h1 id="notice-title">{t('noticeHeading', { kind: CASE_KIND_LABELS[decision.kind] })}</h1>
        <p className="notice-number">{decision.documentNumber}</p>
      </header>
      <dl className="facts">
        <dt>{t('decisionAgency')}</dt>
        <dd>
          {decision.agencyCreditCode ? (
            <a href={`/agencies/${encodeURIComponent(decision.agencyCreditCode)}`} onClick={onLinkClick}>
              {decision.agencyName}
            </a>
          ) : (
            decision.agencyName
          )}
        </dd>
        <dt>{t('documentNumber')}</dt>
        <dd>{decision.documentNumber}</dd>
        <PartyFacts decision={decision} />
        <dt>{t('caseTitle')}</dt>
        <dd>{decision.title}</dd>
      </dl>
      {decision.facts ? (
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">{headings.facts}</h2>
          <p className="notice-text">{decision.facts}</p>
        </section>
      ) : null}
      {decision.legalBasis ? (
        <section aria-labelledby="basis-title">
          <h2 id="basis-title">{headings.basis}</h2>
          <p className="notice-text">{decision.legalBasis}</p>
        </section>
      ) : null}
      <section aria-labelledby="content-title">
        <h2 id="content-title">{headings.content}</h2>
        {decision.penalties.length ? (
          <ul className="penalties">
            {decision.penalties.map((p) => (
              <li key={`${p.type}|${p.amount ?? ''}`}>{penaltyText(p)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('notPunished')}</p>
        )}
      </section>
      <dl className="facts notice-dates">
        {decision.circumstance ? (
          <>
            <dt>{t('circumstance')}</dt>
            <dd>{CIRCUMSTANCE_LABELS[decision.circumstance]}</dd>
          </>
        ) : null}
        <dt>{t('decidedOn')}</dt>
        <dd>{decision.decidedOn}</dd>
        <dt>{t('publishedOn')}</dt>
        <dd>{decision.publishedOn}</dd>
        <dt>{t('expiresOn')}</dt>
        <dd>{decision.expiresOn ?? t('noExpiry')}</dd>
      </dl>
      <p className="privacy-note">{t('privacyNote')}</p>
    </article>
  );
}

/** One published decision (行政执法决定公示), or a plain notice once it was withdrawn or expired. */
export function DecisionPage({ id }: { id: string }) {
  const result = useFetch(id, () => fetchDecision(id));
  const found = result.data && 'decision' in result.data ? result.data.decision : null;
  const missing = result.data && 'missing' in result.data ? result.data.missing : null;
  const back = decisionsHref(found?.agencyCreditCode ? { agencyCreditCode: found.agencyCreditCode } : {});
  return (
    <PortalShell
      crumbs={[
        { label: t('decisionsTitle'), href: '/decisions' },
        { label: found?.documentNumber ?? (missing ? t('decisionNotFound') : t('loading')) },
      ]}
    >
      {result.loading ? <p className="muted">{t('loading')}</p> : null}
      {result.error ? (
        <p className="error" role="alert">
          {result.error}
        </p>
      ) : null}
      {missing ? (
        <div className="verdict verdict-bad" role="alert">
          <h1 className="verdict-title">{t('decisionNotFound')}</h1>
          <p>{t('decisionNotFoundNote')}</p>
        </div>
      ) : null}
      {found ? <Notice decision={found} /> : null}
      {result.loading ? null : (
        <p>
          <a href={back} onClick={onLinkClick}>
            {t('backToDecisions')}
          </a>
        </p>
      )}
    </PortalShell>
  );
}
