import type { ReactNode } from 'react';

/** What a field's input carries so that its label, hint and error are read with it. */
export interface FieldAria {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

/**
 * One labelled input of a portal form: the label, a hint and the limits shown before typing, a
 * live character count, and the error (named by the input's aria-describedby and aria-invalid); a
 * required field is marked with a star for the eye and aria-required for screen readers.
 */
export function Field({
  id,
  label,
  hint,
  error,
  count,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  count?: string;
  required?: boolean;
  children: (aria: FieldAria) => ReactNode;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`, count && `${id}-count`].filter(Boolean);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': described.length ? described.join(' ') : undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {count ? (
        <p id={`${id}-count`} className="field-count">
          {count}
        </p>
      ) : null}
    </div>
  );
}

/** A titled group of a form (a fieldset with its legend), with a hint that applies to all of it. */
export function FormSection({
  legend,
  hint,
  id,
  children,
}: {
  legend: string;
  hint?: string;
  /** Names the hint, so the group's fields are read with it. */
  id: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="panel form-section" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
