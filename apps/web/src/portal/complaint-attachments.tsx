import { type ChangeEvent, useState } from 'react';
import { fieldId, LIMITS } from './complaint-form.ts';
import { tc } from './complaint-locale.ts';
import { fetchComplaintLimits, type Upload } from './complaints-api.ts';
import { Field } from './form-field.tsx';
import { useFetch } from './use-fetch.ts';

const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** A size in words: 350 KB, 1.4 MB. */
function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${Number((bytes / 1048576).toFixed(1))} MB`;
}

/** Reads a file as the base64 the submission carries. */
export function readUpload(file: File): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ fileName: file.name, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(new Error(tc('fileRead', { name: file.name })));
    reader.readAsDataURL(file);
  });
}

/**
 * The attachments, with their limits stated before choosing: files over the count, the size or
 * of another kind are not added, each with its reason; the server then checks what each really is.
 */
export function AttachmentsField({
  files,
  onChange,
  error,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  error?: string;
}) {
  const [refused, setRefused] = useState<string[]>([]);
  // The configured limits; the usual ones until the server has said (it checks again on submission).
  const configured = useFetch('complaint-limits', fetchComplaintLimits).data;
  const maxFiles = configured?.attachmentsMax ?? LIMITS.files;
  const maxBytes = configured?.attachmentMaxBytes ?? LIMITS.fileBytes;
  const words = { files: maxFiles, size: size(maxBytes) };
  const add = (event: ChangeEvent<HTMLInputElement>) => {
    const kept = [...files];
    const reasons: string[] = [];
    const same = (a: File, b: File) =>
      a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
    for (const file of Array.from(event.target.files ?? [])) {
      if (kept.some((k) => same(k, file))) continue;
      const typed = (LIMITS.fileTypes as readonly string[]).includes(file.type) || EXTENSIONS.test(file.name);
      if (!typed) reasons.push(tc('fileWrongType', { name: file.name }));
      else if (file.size > maxBytes) reasons.push(tc('fileTooBig', { ...words, name: file.name }));
      else if (kept.length >= maxFiles) reasons.push(tc('tooManyFiles', { ...words, name: file.name }));
      else kept.push(file);
    }
    event.target.value = '';
    setRefused(reasons);
    onChange(kept);
  };
  return (
    <Field
      id={fieldId('attachments')}
      label={tc('attachments')}
      hint={maxFiles ? tc('attachmentsHint', words) : tc('noAttachments')}
      error={error}
    >
      {(aria) => (
        <>
          <input
            {...aria}
            type="file"
            multiple
            accept={LIMITS.fileAccept}
            onChange={add}
            disabled={files.length >= maxFiles}
          />
          {refused.length ? (
            <ul className="field-error plain" role="alert">
              {refused.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
          {files.length ? (
            <ul className="file-list">
              {files.map((file, i) => (
                <li key={`${file.name}-${file.size}-${file.lastModified}`} className="file-item">
                  <span className="file-name">{file.name}</span>
                  <span className="muted">{size(file.size)}</span>
                  <button
                    type="button"
                    className="link-like"
                    aria-label={tc('removeFile', { name: file.name })}
                    onClick={() => onChange(files.filter((_, j) => j !== i))}
                  >
                    {tc('remove')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </Field>
  );
}
