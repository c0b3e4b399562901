import { Select } from 'antd';
import type { CSSProperties } from 'react';

interface Props<T extends string> {
  /** The filter's accessible name. */
  label: string;
  /** What the empty filter says (全部状态 …). */
  placeholder: string;
  value: T | undefined;
  choices: readonly T[];
  /** A choice's name in the current language. */
  name: (choice: T) => string;
  onChange: (value: T | undefined) => void;
  style?: CSSProperties;
}

/** A list filter over a fixed set of codes (a status, a kind): clearable, its menu as wide as its names. */
export function ChoiceFilter<T extends string>({
  label,
  placeholder,
  value,
  choices,
  name,
  onChange,
  style,
}: Props<T>) {
  return (
    <Select<T>
      aria-label={label}
      placeholder={placeholder}
      allowClear
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={choices.map((c) => ({ value: c, label: name(c) }))}
      style={style}
      popupMatchSelectWidth={false}
    />
  );
}
