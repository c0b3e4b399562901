import type { PublicAgency } from '@jiandu/contracts/agencies';
import { formatYuan, PENALTY_TYPE_LABELS } from '@jiandu/contracts/catalogue-labels';
import type { PublicDecision } from '@jiandu/contracts/publicity';
import { type FormEvent, useState } from 'react';
import { byCity } from './items-page.tsx';
import { t } from './locale.ts';
import {
  DECISIONS_FEED,
  DECISIONS_PAGE_SIZE,
  type DecisionFilter,
  searchAgencies,
  searchDecisions,
} from './public-api.ts';
import { navigate, onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { useFetch } from './use-fetch.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The search's filters as the address holds them; malformed dates and pages are dropped, not sent. */
function filterOf(query: URLSearchParams): DecisionFilter {
  const day = (name: string) => {
    const value = query.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const page = Number(query.get('page'));
  return {
    q: query.get('q') ?? '',
    agencyCreditCode: (query.get('agencyCreditCode') ?? '').toUpperCase(),
    from: day('from'),
    to: day('to'),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of the decision search filtered as given, so a search can be linked and reloaded. */
export function decisionsHref(filter: Partial<DecisionFilter>): string {
  const params = new URLSearchParams();
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  if (filter.agencyCreditCode) params.set('agencyCreditCode', filter.agencyCreditCode);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  return `/decisions${params.size ? `?${params}` : ''}`;
}

/** The address of one published decision. */
export function decisionHref(id: string): string {
  return `/decisions/${encodeURIComponent(id)}`;
}

/** One penalty in words, with its amount when it has one: 罚款 1,800元. */
export function penaltyText(penalty: PublicDecision['penalties'][number]): string {
  const label = PENALTY_TYPE_LABELS[penalty.type];
  return penalty.amount === null ? label : `${label} ${formatYuan(penalty.amount)}`;
}

/** A decision's penalties on one line; a decision without any is 不予处罚. */
function penaltySummary(decision: PublicDecision): string {
  return decision.penalties.length ? decision.penalties.map(penaltyText).join('；') : t('notPunished');
}

/** The search form; it starts from the address's filters and puts the new ones there. */
function DecisionSearch({
  filter,
  agencies,
  agencyName,
}: {
  filter: DecisionFilter;
  agencies: PublicAgency[];
  agencyName: string | null;
}) {
  const [draft, setDraft] = useState(filter);
  const listed = agencies.some((a) => a.creditCode === filter.agencyCreditCode);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(decisionsHref({ ...draft, page: 1 }));
  };
  return (
    <search>
      <form onSubmit={submit} className="form-row panel">
        <label>
          {t('decisionKeyword')}
          <input
            type="search"
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            maxLength={50}
          />
        </label>
        <label>
          {t('decisionAgency')}
          <select
            value={draft.agencyCreditCode}
            onChange={(e) => setDraft({ ...draft, agencyCreditCode: e.target.value })}
          >
            <option value="">{t('allAgencies')}</option>
            {filter.agencyCreditCode && !listed ? (
              <option value={filter.agencyCreditCode}>{agencyName ?? filter.agencyCreditCode}</option>
            ) : null}
            {byCity(agencies).map(([city, list]) => (
              <optgroup key={city} label={city}>
                {list.map((a) => (
                  <option key={a.creditCode} value={a.creditCode}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {t('decidedFrom')}
          <input
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          {t('decidedTo')}
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">{t('search')}</button>
      </form>
    </search>
  );
}

/** The decisions found, one row each; on a phone each row stacks into a block with its labels. */
function DecisionsTable({ decisions }: { decisions: PublicDecision[] }) {
  return (
    <div className="table-wrap">
      <table className="data stack">
        <thead>
          <tr>
            <th scope="col">{t('documentNumber')}</th>
            <th scope="col">{t('caseTitle')}</th>
            <th scope="col">{t('party')}</th>
            <th scope="col">{t('decisionAgency')}</th>
            <th scope="col">{t('penaltyContent')}</th>
            <th scope="col">{t('decidedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.id}>
              <td data-label={t('documentNumber')}>{d.documentNumber}</td>
              <td data-label={t('caseTitle')}>
                <a href={decisionHref(d.id)} onClick={onLinkClick}>
                  {d.title}
                </a>
              </td>
              <td data-label={t('party')}>{d.partyName}</td>
              <td data-label={t('decisionAgency')}>{d.agencyName}</td>
              <td data-label={t('penaltyContent')}>{penaltySummary(d)}</td>
              <td className="nowrap" data-label={t('decidedOn')}>
                {d.decidedOn}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous and next page links around "page n of m"; nothing when everything fits on one page. */
function Pager({ filter, total }: { filter: DecisionFilter; total: number }) {
  const pages = Math.ceil(total / DECISIONS_PAGE_SIZE);
  if (pages <= 1 || filter.page > pages) return null;
  const link = (page: number, label: string, rel: string) => (
    <a href={decisionsHref({ ...filter, page })} rel={rel} onClick={onLinkClick}>
      {label}
    </a>
  );
  return (
    <nav aria-label={t('pagination')} className="pager">
      {filter.page > 1 ? link(filter.page - 1, t('prevPage'), 'prev') : null}
      <span>{t('pageOf', { page: filter.page, pages })}</span>
      {filter.page < pages ? link(filter.page + 1, t('nextPage'), 'next') : null}
    </nav>
  );
}

/** The public search of published enforcement decisions (行政执法决定公示), with its Atom feed. */
export function DecisionsPage({ query }: { query: URLSearchParams }) {
  const filter = filterOf(query);
  const key = decisionsHref(filter);
  const result = useFetch(key, () => searchDecisions(filter));
  // Every published agency, for the agency filter (the public list holds them all, at most 200).
  const agencies = useFetch('all', () => searchAgencies('', ''));
  const agencyName =
    result.data?.items.find((d) => d.agencyCreditCode === filter.agencyCreditCode)?.agencyName ?? null;
  const found = result.data;
  return (
    <PortalShell crumbs={[{ label: t('decisionsTitle') }]}>
      {/* React puts this in the document head, where feed readers look for it. */}
      <link rel="alternate" type="application/atom+xml" title={t('feedTitle')} href={DECISIONS_FEED} />
      <h1>{t('decisionsTitle')}</h1>
      <p className="muted">{t('decisionsIntro')}</p>
      <p className="feed-link">
        <a href={DECISIONS_FEED} type="application/atom+xml">
          {t('feed')}
        </a>
      </p>
      <DecisionSearch key={key} filter={filter} agencies={agencies.data ?? []} agencyName={agencyName} />
      <div aria-live="polite">
        {result.loading ? <p className="muted">{t('loading')}</p> : null}
        {result.error ? (
          <p className="error" role="alert">
            {result.error}
          </p>
        ) : null}
        {found && found.total === 0 ? <p>{t('noDecisions')}</p> : null}
        {found && found.total > 0 ? (
          <>
            <p className="muted">{t('decisionResults', { n: found.total })}</p>
            {found.items.length ? (
              <DecisionsTable decisions={found.items} />
            ) : (
              <p>
                {t('pastLastPage')}{' '}
                <a href={decisionsHref({ ...filter, page: 1 })} onClick={onLinkClick}>
                  {t('firstPage')}
                </a>
              </p>
            )}
            <Pager filter={filter} total={found.total} />
          </>
        ) : null}
      </div>
    </PortalShell>
  );
}
