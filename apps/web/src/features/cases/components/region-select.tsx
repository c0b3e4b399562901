import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useRegion } from '../api/use-region.ts';
import { useRegionOptions } from '../api/use-region-options.ts';
import { t } from '../locale.ts';

interface Props {
  value?: string | undefined;
  onChange: (value: string | undefined) => void;
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

/** A searchable region filter (行政区划, with everything below it), by name or code. */
export function RegionSelect({ value, onChange, style }: Props) {
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
      aria-label={t('region')}
      allowClear
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      placeholder={t('regionPlaceholder')}
      options={options}
      optionRender={(o) => `${o.label} (${o.value})`}
      loading={regions.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => open || setQ('')}
      popupMatchSelectWidth={false}
      style={style}
    />
  );
}
