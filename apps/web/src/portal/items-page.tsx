import type { PublicAgency } from '@jiandu/contracts/agencies';
import {
  ITEM_KIND_LABELS,
  ITEM_KINDS,
  type ItemKind,
  LIST_KIND_LABELS,
  LIST_KINDS,
  type ListKind,
} from '@jiandu/contracts/catalogue-labels';
import type { PublicItem } from '@jiandu/contracts/catalogue-public';
import { type FormEvent, useState } from 'react';
import { regionLabel } from './liaoning.ts';
import { t } from './locale.ts';
import { type ItemFilter, PUBLIC_ITEMS_LIMIT, searchAgencies, searchItems } from './public-api.ts';
import { navigate, onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { useFetch } from './use-fetch.ts';

/** The catalogue's filters as the address holds them, so a search can be linked and reloaded. */
function filterOf(query: URLSearchParams): ItemFilter {
  const kind = query.get('kind') ?? '';
  const list = query.get('list') ?? '';
  return {
    q: query.get('q') ?? '',
    agencyCreditCode: (query.get('agencyCreditCode') ?? '').toUpperCase(),
    kind: (ITEM_KINDS as readonly string[]).includes(kind) ? (kind as ItemKind) : '',
    list: (LIST_KINDS as readonly string[]).includes(list) ? (list as ListKind) : '',
  };
}

/** The address of the catalogue filtered as given. */
export function catalogueHref(filter: Partial<ItemFilter>): string {
  const params = new URLSearchParams();
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  if (filter.agencyCreditCode) params.set('agencyCreditCode', filter.agencyCreditCode);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.list) params.set('list', filter.list);
  return `/items${params.size ? `?${params}` : ''}`;
}

/** The address of one item's page. */
export function itemHref(agencyCreditCode: string, code: string): string {
  return `/items/${encodeURIComponent(agencyCreditCode)}/${encodeURIComponent(code)}`;
}

/** Published agencies grouped by city (the province's own first), as the public list orders them. */
export function byCity(agencies: PublicAgency[]): [string, PublicAgency[]][] {
  const groups = new Map<string, PublicAgency[]>();
  for (const a of agencies) {
    const city = regionLabel(`${a.regionCode.slice(0, 4)}00`, t('provinceLevel'));
    groups.set(city, [...(groups.get(city) ?? []), a]);
  }
  return [...groups];
}

/** The search form; it starts from the address's filters and puts the new ones there. */
function CatalogueSearch({
  filter,
  agencies,
  agencyName,
}: {
  filter: ItemFilter;
  agencies: PublicAgency[];
  agencyName: string | null;
}) {
  const [draft, setDraft] = useState(filter);
  const listed = agencies.some((a) => a.creditCode === filter.agencyCreditCode);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(catalogueHref(draft));
  };
  return (
    <search>
      <form onSubmit={submit} className="form-row panel">
        <label>
          {t('itemKeyword')}
          <input
            type="search"
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            maxLength={40}
          />
        </label>
        <label>
          {t('agencyFilter')}
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
          {t('kind')}
          <select
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as ItemKind | '' })}
          >
            <option value="">{t('allKinds')}</option>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {ITEM_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('listFilter')}
          <select
            value={draft.list}
            onChange={(e) => setDraft({ ...draft, list: e.target.value as ListKind | '' })}
          >
            <option value="">{t('allItems')}</option>
            {LIST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t('inList', { list: LIST_KIND_LABELS[k] })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('search')}</button>
      </form>
    </search>
  );
}

/** The items found, one row each; on a phone each row stacks into a block with its labels. */
function ItemsTable({ items }: { items: PublicItem[] }) {
  return (
    <div className="table-wrap">
      <table className="data stack">
        <thead>
          <tr>
            <th scope="col">{t('itemCode')}</th>
            <th scope="col">{t('itemName')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('itemLegalBasis')}</th>
            <th scope="col">{t('agencyFilter')}</th>
            <th scope="col">{t('benchmark')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={`${i.agencyCreditCode}/${i.code}`}>
              <td className="mono nowrap" data-label={t('itemCode')}>
                {i.code}
              </td>
              <td data-label={t('itemName')}>
                <a href={itemHref(i.agencyCreditCode, i.code)} onClick={onLinkClick}>
                  {i.name}
                </a>
              </td>
              <td data-label={t('kind')}>{ITEM_KIND_LABELS[i.kind]}</td>
              <td data-label={t('itemLegalBasis')}>{i.legalBasis}</td>
              <td data-label={t('agencyFilter')}>{i.agencyName}</td>
              <td data-label={t('benchmark')}>
                {i.hasBenchmark ? <span className="mark">{t('hasBenchmark')}</span> : null}
                {i.lists.map((l) => (
                  <span key={l} className="mark">
                    {LIST_KIND_LABELS[l]}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The public catalogue (执法事项目录): items in force today, by Chinese fragment, agency and kind. */
export function ItemsPage({ query }: { query: URLSearchParams }) {
  const filter = filterOf(query);
  const key = catalogueHref(filter);
  const result = useFetch(key, () => searchItems(filter));
  // Every published agency, for the agency filter (the public list holds them all, at most 200).
  const agencies = useFetch('all', () => searchAgencies('', ''));
  const agencyName =
    result.data?.find((i) => i.agencyCreditCode === filter.agencyCreditCode)?.agencyName ?? null;
  return (
    <PortalShell crumbs={[{ label: t('catalogueTitle') }]}>
      <h1>{t('catalogueTitle')}</h1>
      <p className="muted">{t('catalogueIntro')}</p>
      <CatalogueSearch key={key} filter={filter} agencies={agencies.data ?? []} agencyName={agencyName} />
      <div aria-live="polite">
        {result.loading ? <p className="muted">{t('loading')}</p> : null}
        {result.error ? (
          <p className="error" role="alert">
            {result.error}
          </p>
        ) : null}
        {result.data && result.data.length === 0 ? <p>{t('noItems')}</p> : null}
        {result.data && result.data.length > 0 ? (
          <>
            <p className="muted">
              {result.data.length >= PUBLIC_ITEMS_LIMIT
                ? t('itemResultsCapped', { n: result.data.length })
                : t('itemResults', { n: result.data.length })}
            </p>
            <ItemsTable items={result.data} />
          </>
        ) : null}
      </div>
    </PortalShell>
  );
}
