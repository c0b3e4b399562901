import type { ListEntry, Tier } from '@jiandu/contracts/catalogue';
import {
  CIRCUMSTANCE_LABELS,
  CIRCUMSTANCES,
  describeFine,
  formatLegalBasis,
  ITEM_KIND_LABELS,
  LIST_KINDS,
  type ListKind,
  PENALTY_TYPE_LABELS,
  PENALTY_TYPES,
} from '@jiandu/contracts/catalogue-labels';
import type { PublicItemDetail } from '@jiandu/contracts/catalogue-public';
import { catalogueHref } from './items-page.tsx';
import { t } from './locale.ts';
import { fetchItem } from './public-api.ts';
import { onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { useFetch } from './use-fetch.ts';

type Benchmark = NonNullable<PublicItemDetail['benchmark']>;

/** What a tier allows, in the order of the spec's penalty types: 警告、罚款、没收… */
function penaltiesOf(tier: Tier): string {
  const types = PENALTY_TYPES.filter((p) => (p === 'fine' ? Boolean(tier.fine) : tier.penalties.includes(p)));
  return types.length ? types.map((p) => PENALTY_TYPE_LABELS[p]).join('、') : t('notPunished');
}

/** The tiers from the lightest circumstance to the heaviest, whatever order they were entered in. */
function TiersTable({ tiers }: { tiers: Tier[] }) {
  const ordered = [...tiers].sort(
    (a, b) => CIRCUMSTANCES.indexOf(a.circumstance) - CIRCUMSTANCES.indexOf(b.circumstance),
  );
  return (
    <div className="table-wrap">
      <table className="data stack tiers">
        <caption className="visually-hidden">{t('tiersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('circumstance')}</th>
            <th scope="col">{t('conditions')}</th>
            <th scope="col">{t('penalties')}</th>
            <th scope="col">{t('fineRange')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((tier) => (
            <tr key={tier.circumstance}>
              <th scope="row" data-label={t('circumstance')}>
                {CIRCUMSTANCE_LABELS[tier.circumstance]}
              </th>
              <td data-label={t('conditions')}>{tier.conditions}</td>
              <td data-label={t('penalties')}>{penaltiesOf(tier)}</td>
              <td data-label={t('fineRange')}>{tier.fine ? describeFine(tier.fine) : t('noFine')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const LIST_TITLES: Record<ListKind, 'firstOffenceExemptList' | 'notPunishedList'> = {
  firstOffenceExempt: 'firstOffenceExemptList',
  notPunished: 'notPunishedList',
};

/** One of the benchmark's lists (首违不罚 or 不予处罚), when it has entries. */
function BenchmarkList({ kind, entries }: { kind: ListKind; entries: ListEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={`list-${kind}`}>
      <h3 id={`list-${kind}`}>{t(LIST_TITLES[kind])}</h3>
      <div className="table-wrap">
        <table className="data stack">
          <thead>
            <tr>
              <th scope="col">{t('behaviour')}</th>
              <th scope="col">{t('conditions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.behaviour}|${e.conditions}`}>
                <td data-label={t('behaviour')}>{e.behaviour}</td>
                <td data-label={t('conditions')}>{e.conditions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The benchmark in force today: its document, its tiers and its lists. */
function BenchmarkSection({ benchmark }: { benchmark: Benchmark | null }) {
  return (
    <section aria-labelledby="benchmark-title">
      <h2 id="benchmark-title">{t('benchmarkTitle')}</h2>
      {benchmark ? (
        <>
          <dl className="facts panel">
            <dt>{t('benchmarkDocument')}</dt>
            <dd>{benchmark.document}</dd>
            {benchmark.documentNumber ? (
              <>
                <dt>{t('documentNumber')}</dt>
                <dd>{benchmark.documentNumber}</dd>
              </>
            ) : null}
            <dt>{t('itemVersion')}</dt>
            <dd>{t('versionFrom', { n: benchmark.version, date: benchmark.effectiveFrom })}</dd>
          </dl>
          <TiersTable tiers={benchmark.tiers} />
          {LIST_KINDS.map((kind) => (
            <BenchmarkList key={kind} kind={kind} entries={benchmark.lists.filter((e) => e.list === kind)} />
          ))}
        </>
      ) : (
        <p>{t('noBenchmark')}</p>
      )}
    </section>
  );
}

/** The item itself: code, kind, agency, post, fields, version and legal bases with their text. */
function ItemFacts({ item }: { item: PublicItemDetail }) {
  return (
    <>
      <dl className="facts panel">
        <dt>{t('itemCode')}</dt>
        <dd className="mono">{item.code}</dd>
        <dt>{t('kind')}</dt>
        <dd>{ITEM_KIND_LABELS[item.kind]}</dd>
        <dt>{t('agencyFilter')}</dt>
        <dd>
          <a href={`/agencies/${encodeURIComponent(item.agencyCreditCode)}`} onClick={onLinkClick}>
            {item.agencyName}
          </a>
        </dd>
        <dt>{t('post')}</dt>
        <dd>{item.post}</dd>
        <dt>{t('fields')}</dt>
        <dd>{item.fields.join('、')}</dd>
        <dt>{t('itemVersion')}</dt>
        <dd>{t('versionFrom', { n: item.version, date: item.effectiveFrom })}</dd>
      </dl>
      <section aria-labelledby="bases-title">
        <h2 id="bases-title">{t('itemLegalBasis')}</h2>
        <ol className="bases">
          {item.legalBases.map((b) => (
            <li key={formatLegalBasis(b)}>
              <p className="basis-citation">{formatLegalBasis(b)}</p>
              {b.text ? <blockquote>{b.text}</blockquote> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** One item in force today (执法事项), with the discretion benchmark that applies to it. */
export function ItemPage({ agencyCreditCode, code }: { agencyCreditCode: string; code: string }) {
  const result = useFetch(`${agencyCreditCode}/${code}`, () => fetchItem(agencyCreditCode, code));
  const found = result.data && 'item' in result.data ? result.data.item : null;
  const missing = result.data && 'missing' in result.data ? result.data.missing : null;
  const back = catalogueHref(found ? { agencyCreditCode: found.agencyCreditCode } : {});
  return (
    <PortalShell
      crumbs={[
        { label: t('catalogueTitle'), href: '/items' },
        { label: found?.name ?? (missing ? t('itemNotFound') : code) },
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
          <h1 className="verdict-title">{t('itemNotFound')}</h1>
          <p>{missing}</p>
          <p>{t('itemNotFoundNote')}</p>
        </div>
      ) : null}
      {found ? (
        <>
          <h1>{found.name}</h1>
          <ItemFacts item={found} />
          <BenchmarkSection benchmark={found.benchmark} />
        </>
      ) : null}
      {result.loading ? null : (
        <p>
          <a href={back} onClick={onLinkClick}>
            {t('backToCatalogue')}
          </a>
        </p>
      )}
    </PortalShell>
  );
}
