import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '@jiandu/contracts/complaint-labels';
import { AttachmentsField } from './complaint-attachments.tsx';
import { fieldId, LIMITS, type SectionProps } from './complaint-form.ts';
import { tc } from './complaint-locale.ts';
import { DraftTextField } from './draft-text-field.tsx';
import { Field, FormSection } from './form-field.tsx';

/** What the complaint says: category, title and content (with their limits and counts), attachments. */
export function DetailsFields({
  draft,
  update,
  errors,
  files,
  onFiles,
}: SectionProps & {
  files: File[];
  onFiles: (files: File[]) => void;
}) {
  return (
    <FormSection id="details" legend={tc('detailsLegend')}>
      <Field id={fieldId('category')} label={tc('category')} error={errors.category} required>
        {(aria) => (
          <select
            {...aria}
            value={draft.category}
            onChange={(e) => update({ category: e.target.value as ComplaintCategory | '' })}
          >
            <option value="">{tc('choose')}</option>
            {COMPLAINT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {tc(`category_${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DraftTextField
        draft={draft}
        update={update}
        id={fieldId('title')}
        name="title"
        label={tc('title')}
        hint={tc('titleHint')}
        error={errors.title}
        count={tc('counter', { n: draft.title.trim().length, max: LIMITS.title })}
        required
        className="wide"
        maxLength={LIMITS.title}
      />
      <Field
        id={fieldId('content')}
        label={tc('content')}
        hint={tc('contentHint')}
        error={errors.content}
        count={tc('counter', { n: draft.content.trim().length, max: LIMITS.content })}
        required
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={8}
            value={draft.content}
            onChange={(e) => update({ content: e.target.value })}
            maxLength={LIMITS.content}
          />
        )}
      </Field>
      <AttachmentsField files={files} onChange={onFiles} error={errors.attachments} />
    </FormSection>
  );
}
