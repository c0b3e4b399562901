import { Select } from 'antd';
import { useState } from 'react';
import { useRegion } from '../api/use-region.ts';
import { useRegionOptions } from '../api/use-region-options.ts';
import { t } from '../locale.ts';
import { useDebounced } from '../use-debounced.ts';

interface Props {
  id?: string;
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
}

/** A searchable picker of administrative regions (行政区划), by name or code. */
export function RegionSelect({ value, ...props }: Props) {
  const [q, setQ] = useState('');
  const search = useDebounced(q);
  const regions = useRegionOptions(search);
  const current = useRegion(value);
  const found = (regions.data?.items ?? []).map((r) => ({
    value: r.code,
    label: `${r.fullName} (${r.code})`,
  }));
  const options =
    value && !found.some((o) => o.value === value)
      ? [{ value, label: current.data ? `${current.data.fullName} (${value})` : value }, ...found]
      : found;
  return (
    <Select
      {...props}
      value={value ?? undefined}
      placeholder={t('regionPlaceholder')}
      options={options}
      loading={regions.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => open || setQ('')}
      popupMatchSelectWidth={false}
    />
  );
}
