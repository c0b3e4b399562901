import type { ReferralOrigin } from '@jiandu/contracts/referral-labels';
import { Select } from 'antd';
import { useDebouncedSearch } from '../../../lib/debounced-search.ts';
import { useOriginOptions } from '../api/use-origin-options.ts';
import { t } from '../locale-form.ts';

interface Props {
  origin: ReferralOrigin;
  /** The label of the current value when it was set before (an existing draft's origin). */
  knownLabel?: string | null;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

/** The case, matter or complaint a lead came from, searched in the user's data scope as they type. */
export function OriginSelect({ origin, knownLabel, value, onChange, id }: Props) {
  const [search, setQ] = useDebouncedSearch();
  const found = useOriginOptions(origin, search);
  const options = found.data ?? [];
  const known =
    value && knownLabel && !options.some((o) => o.value === value) ? [{ value, label: knownLabel }] : [];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      placeholder={t('originSearch')}
      loading={found.isFetching}
      options={[...known, ...options]}
      notFoundContent={null}
    />
  );
}
