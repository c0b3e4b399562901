import type { CSSProperties } from 'react';

interface Props {
  id?: string;
  onChange?: (file: File | undefined) => void;
  style?: CSSProperties;
}

/**
 * A plain file field for a form item: the browser's own control, labelled by the item, so it stays
 * reachable by keyboard and screen readers; the chosen file is the value.
 */
export function FileInput({ id, onChange, style }: Props) {
  return (
    <input
      id={id}
      type="file"
      onChange={(event) => onChange?.(event.target.files?.[0])}
      style={{ maxWidth: '100%', ...style }}
    />
  );
}
