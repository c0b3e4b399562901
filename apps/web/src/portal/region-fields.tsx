import type { PublicAgency } from '@jiandu/contracts/agencies';
import { type ComplaintDraft, fieldId, type UpdateDraft } from './complaint-form.ts';
import { tc } from './complaint-locale.ts';
import { fetchCounties } from './complaints-api.ts';
import { Field, FormSection } from './form-field.tsx';
import { LIAONING_CITIES } from './liaoning.ts';
import { useFetch } from './use-fetch.ts';

const PROVINCE = '210000';

/** The city and county of an agency's region, to fill the place where it happened. */
export function regionPatch(agency: PublicAgency): Pick<ComplaintDraft, 'city' | 'county'> {
  const code = agency.regionCode.slice(0, 6).padEnd(6, '0');
  if (code.endsWith('0000')) return { city: PROVINCE, county: '' };
  const city = `${code.slice(0, 4)}00`;
  return { city, county: code === city ? '' : code };
}

/** Where it happened: a city (or the province's own agencies) and, when known, the county. */
export function RegionFields({
  draft,
  update,
  error,
}: {
  draft: ComplaintDraft;
  update: UpdateDraft;
  error?: string;
}) {
  const inCity = draft.city !== '' && draft.city !== PROVINCE;
  const counties = useFetch(inCity ? draft.city : null, () => fetchCounties(draft.city));
  return (
    <FormSection id="region" legend={tc('regionLegend')} hint={tc('regionHint')}>
      <div className="field-grid">
        <Field id={fieldId('region')} label={tc('city')} error={error} required>
          {(aria) => (
            <select
              {...aria}
              value={draft.city}
              onChange={(e) => update({ city: e.target.value, county: '' })}
            >
              <option value="">{tc('choose')}</option>
              <option value={PROVINCE}>{tc('provinceLevel')}</option>
              {LIAONING_CITIES.map(([code, name]) => (
                <option key={code} value={`${code}00`}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${fieldId('region')}-county`} label={tc('county')}>
          {(aria) => (
            <select
              {...aria}
              value={draft.county}
              onChange={(e) => update({ county: e.target.value })}
              disabled={!inCity}
            >
              <option value="">{tc('wholeCity')}</option>
              {draft.county && !counties.data?.some((c) => c.code === draft.county) ? (
                <option value={draft.county}>{draft.county}</option>
              ) : null}
              {(counties.data ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </FormSection>
  );
}
