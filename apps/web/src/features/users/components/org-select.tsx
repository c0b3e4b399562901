import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { useOrgOptions } from '../api/use-org-options.ts';
import { t } from '../locale.ts';
import { useDebounced } from '../use-debounced.ts';

/** An org the picker can offer without asking the server (the current value, the user's own org). */
export interface KnownOrg {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
  known?: KnownOrg[];
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

/**
 * A searchable org picker. It searches the server when the viewer may read orgs; otherwise it offers
 * only the orgs it was given, because the org list is closed to them.
 */
export function OrgSelect({ known = [], placeholder, ...props }: Props) {
  const { can } = useSession();
  const remote = can('org.read');
  const [q, setQ] = useState('');
  const search = useDebounced(q);
  const orgs = useOrgOptions(search, remote);
  const seen = new Set<string>();
  const options = [...known, ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))].filter(
    (o) => !seen.has(o.value) && seen.add(o.value),
  );
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      placeholder={placeholder ?? t('orgPlaceholder')}
      options={options}
      loading={orgs.isFetching}
      showSearch={remote ? { filterOption: false, onSearch: setQ } : { optionFilterProp: 'label' }}
      onOpenChange={(open) => open || setQ('')}
      popupMatchSelectWidth={false}
    />
  );
}
