import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useRegionNamed, useRegionSearch } from './use-regions.ts';

interface Props {
  id?: string;
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: CSSProperties;
}

/**
 * A region picker (行政区划) searched by name or code, usable as a form field: the chosen region
 * keeps its full name even when it came from elsewhere and is not among the search's answers.
 */
export function RegionSelect({ value, onChange, allowClear = true, ...props }: Props) {
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const search = useRegionSearch(asked);
  const chosen = useRegionNamed(value);
  const options = (search.data?.items ?? []).map((r) => ({ value: r.code, label: r.fullName }));
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: chosen.data?.fullName ?? value });
  return (
    <Select
      {...props}
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      options={options}
      optionRender={(o) => `${o.label} (${o.value})`}
      loading={search.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => open || setQ('')}
      popupMatchSelectWidth={false}
    />
  );
}
