import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useRegion } from '../api/use-region.ts';
import { useRegionOptions } from '../api/use-region-options.ts';

interface Props {
  id?: string;
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
  placeholder: string;
  'aria-label'?: string;
  style?: CSSProperties;
}

function useDebounced(value: string, ms = 250): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** A searchable region picker (行政区划), by name or code: the centre's filter and a setting's region. */
export function RegionSelect({ value, onChange, placeholder, ...props }: Props) {
  const [q, setQ] = useState('');
  const regions = useRegionOptions(useDebounced(q));
  const current = useRegion(value);
  const found = (regions.data?.items ?? []).map((r) => ({ value: r.code, label: r.fullName }));
  const options =
    value && !found.some((o) => o.value === value)
      ? [{ value, label: current.data?.fullName ?? value }, ...found]
      : found;
  return (
    <Select
      {...props}
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      placeholder={placeholder}
      options={options}
      optionRender={(o) => `${o.label} (${o.value})`}
      loading={regions.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => open || setQ('')}
      popupMatchSelectWidth={false}
    />
  );
}
