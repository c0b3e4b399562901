import type { InputHTMLAttributes } from 'react';
import type { ComplaintDraft, UpdateDraft } from './complaint-form.ts';
import { Field } from './form-field.tsx';

/** The fields of the complaint draft that hold one line of free text. */
type TextKey = 'name' | 'phone' | 'idNumber' | 'officerName' | 'caseNumber' | 'title';

/** One line of text bound to a field of the complaint draft, with its label, hint, limits and error. */
export function DraftTextField({
  id,
  name,
  draft,
  update,
  label,
  hint,
  error,
  count,
  required,
  ...input
}: {
  id: string;
  name: TextKey;
  draft: ComplaintDraft;
  update: UpdateDraft;
  label: string;
  hint?: string;
  error?: string;
  count?: string;
  required?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'value' | 'onChange'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} count={count} required={required}>
      {(aria) => (
        <input
          autoComplete="off"
          {...input}
          {...aria}
          value={draft[name]}
          onChange={(e) => update({ [name]: e.target.value } as Partial<ComplaintDraft>)}
        />
      )}
    </Field>
  );
}
