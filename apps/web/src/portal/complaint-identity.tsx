import { fieldId, type SectionProps } from './complaint-form.ts';
import { tc } from './complaint-locale.ts';
import { DraftTextField } from './draft-text-field.tsx';
import { FormSection } from './form-field.tsx';

/**
 * Who complains: real name (name, phone, optional ID number, and whether to hide them from the
 * agency complained about) or anonymous, each with what it means for the follow-up.
 */
export function IdentityFields({ draft, update, errors }: SectionProps) {
  const bind = { draft, update };
  return (
    <FormSection id="identity" legend={tc('identityLegend')}>
      <div className="choice-row" id={fieldId('identity')}>
        <label className="choice">
          <input
            type="radio"
            name="anonymous"
            checked={!draft.anonymous}
            onChange={() => update({ anonymous: false })}
          />
          {tc('realName')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="anonymous"
            checked={draft.anonymous}
            onChange={() => update({ anonymous: true, confidential: false })}
          />
          {tc('anonymousOption')}
        </label>
      </div>
      <p className="note" aria-live="polite">
        {draft.anonymous ? tc('anonymousNote') : tc('realNameNote')}
      </p>
      {errors.identity ? <p className="field-error">{errors.identity}</p> : null}
      {draft.anonymous ? null : (
        <>
          <div className="field-grid">
            <DraftTextField
              {...bind}
              id={fieldId('name')}
              name="name"
              label={tc('name')}
              error={errors.name}
              required
              autoComplete="name"
              maxLength={40}
            />
            <DraftTextField
              {...bind}
              id={fieldId('phone')}
              name="phone"
              label={tc('phone')}
              hint={tc('phoneHint')}
              error={errors.phone}
              required
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={13}
            />
            <DraftTextField
              {...bind}
              id={fieldId('idNumber')}
              name="idNumber"
              label={tc('idNumber')}
              error={errors.idNumber}
              maxLength={18}
            />
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.confidential}
              onChange={(e) => update({ confidential: e.target.checked })}
              aria-describedby="confidential-note"
            />
            {tc('confidential')}
          </label>
          <p id="confidential-note" className="field-hint">
            {tc('confidentialNote')}
          </p>
        </>
      )}
    </FormSection>
  );
}
