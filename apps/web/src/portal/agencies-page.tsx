import { type FormEvent, useState } from 'react';
import { LIAONING_CITIES, regionLabel } from './liaoning.ts';
import { t } from './locale.ts';
import { searchAgencies } from './public-api.ts';
import { navigate, onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { useFetch } from './use-fetch.ts';

/** A label for how an agency got its power (法定 / 授权 / 委托), whatever form the API gives. */
export function authorityLabel(authority: string): string {
  if (authority === 'statutory' || authority === 'authorised' || authority === 'entrusted')
    return t(authority);
  return authority;
}

/** Search of published enforcement agencies by name, credit code and region. */
export function AgenciesPage({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const region = query.get('region') ?? '';
  const [draftQ, setDraftQ] = useState(q);
  const [draftRegion, setDraftRegion] = useState(region);
  const result = useFetch(`${q}|${region}`, () => searchAgencies(q, region));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (draftQ.trim()) params.set('q', draftQ.trim());
    if (draftRegion) params.set('region', draftRegion);
    navigate(`/agencies${params.size ? `?${params}` : ''}`);
  };
  return (
    <PortalShell crumbs={[{ label: t('agenciesTitle') }]}>
      <h1>{t('agenciesTitle')}</h1>
      <p className="muted">{t('agenciesIntro')}</p>
      <search>
        <form onSubmit={submit} className="form-row panel">
          <label>
            {t('keyword')}
            <input type="search" value={draftQ} onChange={(e) => setDraftQ(e.target.value)} maxLength={40} />
          </label>
          <label>
            {t('region')}
            <select value={draftRegion} onChange={(e) => setDraftRegion(e.target.value)}>
              <option value="">{t('allRegions')}</option>
              {LIAONING_CITIES.map(([code, name]) => (
                <option key={code} value={`${code}00`}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('search')}</button>
        </form>
      </search>
      <div aria-live="polite">
        {result.loading ? <p className="muted">{t('loading')}</p> : null}
        {result.error ? (
          <p className="error" role="alert">
            {result.error}
          </p>
        ) : null}
        {result.data ? (
          result.data.length === 0 ? (
            <p>{t('noAgencies')}</p>
          ) : (
            <>
              <p className="muted">{t('results', { n: result.data.length })}</p>
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('agencyName')}</th>
                      <th scope="col">{t('region')}</th>
                      <th scope="col">{t('fields')}</th>
                      <th scope="col">{t('authority')}</th>
                      <th scope="col">{t('creditCode')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.data.map((a) => (
                      <tr key={a.creditCode}>
                        <td>
                          <a href={`/agencies/${a.creditCode}`} onClick={onLinkClick}>
                            {a.name}
                          </a>
                        </td>
                        <td>{regionLabel(a.regionCode, t('provinceLevel'))}</td>
                        <td>{a.fields.join('、')}</td>
                        <td>{authorityLabel(a.authority)}</td>
                        <td className="mono">{a.creditCode}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        ) : null}
      </div>
    </PortalShell>
  );
}
