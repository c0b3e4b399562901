import type { PublicAgency } from '@jiandu/contracts/agencies';
import { CERTIFICATE_STATUS_LABELS } from '@jiandu/contracts/certificate-labels';
import type { PublicOfficer } from '@jiandu/contracts/officers';
import { useState } from 'react';
import { currentLocale } from '../lib/i18n.ts';
import { AgencyPicker } from './agency-picker.tsx';
import { type ComplaintDraft, fieldId, type SectionProps, type UpdateDraft } from './complaint-form.ts';
import { tc } from './complaint-locale.ts';
import { lookUpCertificate } from './complaints-api.ts';
import { DraftTextField } from './draft-text-field.tsx';
import { Field, FormSection } from './form-field.tsx';
import { PublicApiError, searchAgencies } from './public-api.ts';
import { RegionFields, regionPatch } from './region-fields.tsx';
import { useFetch } from './use-fetch.ts';

type Lookup = { state: 'idle' | 'busy' | 'missing' | 'bad' } | { state: 'found'; officer: PublicOfficer };

/** The certificate number with a look-up that names its holder and agency. */
function CertificateField({
  draft,
  update,
  onFound,
}: {
  draft: ComplaintDraft;
  update: UpdateDraft;
  onFound: (officer: PublicOfficer) => void;
}) {
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const look = async () => {
    const number = draft.certificateNumber.trim().toUpperCase();
    if (!/^[A-Z0-9]{6,32}$/.test(number)) return setLookup({ state: 'bad' });
    setLookup({ state: 'busy' });
    try {
      const officer = await lookUpCertificate(number);
      setLookup({ state: 'found', officer });
      onFound(officer);
    } catch (error) {
      setLookup({ state: error instanceof PublicApiError && error.status === 404 ? 'missing' : 'idle' });
    }
  };
  const id = fieldId('officer');
  return (
    <Field id={`${id}-certificate`} label={tc('certificate')} hint={tc('certificateHint')}>
      {(aria) => (
        <>
          <div className="input-with-button">
            <input
              {...aria}
              value={draft.certificateNumber}
              onChange={(e) => {
                update({ certificateNumber: e.target.value });
                setLookup({ state: 'idle' });
              }}
              autoComplete="off"
              maxLength={32}
            />
            <button type="button" className="secondary" onClick={look} disabled={lookup.state === 'busy'}>
              {tc('lookUp')}
            </button>
          </div>
          <p className="field-hint" aria-live="polite">
            {lookup.state === 'found'
              ? tc('certificateFound', {
                  name: lookup.officer.name,
                  agency: lookup.officer.agencyName,
                  status:
                    currentLocale() === 'en'
                      ? lookup.officer.status
                      : CERTIFICATE_STATUS_LABELS[lookup.officer.status],
                })
              : lookup.state === 'missing'
                ? tc('certificateMissing')
                : lookup.state === 'bad'
                  ? tc('certificateBad')
                  : ''}
          </p>
        </>
      )}
    </Field>
  );
}

/**
 * Whom the complaint is about (an agency picked from the published list or typed, an officer by
 * certificate number and name, a case or decision number) and where it happened.
 */
export function TargetFields({ draft, update, errors }: SectionProps) {
  const bind = { draft, update };
  const agencies = useFetch('all-agencies', () => searchAgencies('', ''));
  const pickAgency = (agency: PublicAgency) =>
    update({ agencyName: agency.name, agencyCreditCode: agency.creditCode, ...regionPatch(agency) });
  const onFound = (officer: PublicOfficer) => {
    const agency = agencies.data?.find((a) => a.creditCode === officer.agencyCreditCode);
    update({
      officerName: draft.officerName.trim() ? draft.officerName : officer.name,
      ...(agency && !draft.agencyName.trim()
        ? { agencyName: agency.name, agencyCreditCode: agency.creditCode, ...regionPatch(agency) }
        : {}),
    });
  };
  return (
    <>
      <FormSection id="target" legend={tc('targetLegend')} hint={tc('targetHint')}>
        {errors.target ? (
          <p id={fieldId('target')} className="field-error" tabIndex={-1}>
            {errors.target}
          </p>
        ) : null}
        <Field
          id={fieldId('agencyName')}
          label={tc('agency')}
          hint={tc('agencyHint')}
          error={errors.agencyName}
        >
          {(aria) => (
            <AgencyPicker
              agencies={agencies.data}
              aria={aria}
              value={draft.agencyName}
              onType={(agencyName) => update({ agencyName, agencyCreditCode: '' })}
              onPick={pickAgency}
            />
          )}
        </Field>
        <div className="field-grid">
          <CertificateField draft={draft} update={update} onFound={onFound} />
          <DraftTextField
            {...bind}
            id={fieldId('officer')}
            name="officerName"
            label={tc('officer')}
            error={errors.officer}
            maxLength={20}
          />
        </div>
        <DraftTextField
          {...bind}
          id={fieldId('caseNumber')}
          name="caseNumber"
          label={tc('caseNumber')}
          hint={tc('caseHint')}
          error={errors.caseNumber}
          maxLength={80}
        />
      </FormSection>
      <RegionFields draft={draft} update={update} error={errors.region} />
    </>
  );
}
