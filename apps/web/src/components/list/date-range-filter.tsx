import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';

interface Props {
  from: string | undefined;
  to: string | undefined;
  onChange: (from: string | undefined, to: string | undefined) => void;
  label: string;
  placeholder: [string, string];
  style?: CSSProperties;
}

/** A from–to date filter; either end may stay open, so a link with only a start date still shows it. */
export function DateRangeFilter({ from, to, onChange, label, placeholder, style }: Props) {
  return (
    <DatePicker.RangePicker
      aria-label={label}
      placeholder={placeholder}
      allowEmpty={[true, true]}
      value={from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null}
      onChange={(range) =>
        onChange(range?.[0]?.format('YYYY-MM-DD') ?? undefined, range?.[1]?.format('YYYY-MM-DD') ?? undefined)
      }
      style={style}
    />
  );
}
