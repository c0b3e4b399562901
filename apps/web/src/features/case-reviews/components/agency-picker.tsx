import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useOrgOptions } from '../../../components/org-select/use-org-options.ts';

/** A chosen agency with its name. */
export interface PickedAgency {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: PickedAgency[];
  onChange?: (value: PickedAgency[]) => void;
  placeholder: string;
}

/** Several enforcement agencies of the viewer's scope, searched by name. */
export function AgencyPicker({ value = [], onChange, placeholder, id }: Props) {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const orgs = useOrgOptions(search, 'agency', true);
  const seen = new Set<string>();
  const options = [...value, ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))].filter(
    (o) => !seen.has(o.value) && seen.add(o.value),
  );
  return (
    <Select<PickedAgency[]>
      id={id}
      mode="multiple"
      labelInValue
      value={value}
      onChange={(picked) => onChange?.(picked.map((p) => ({ value: p.value, label: String(p.label) })))}
      placeholder={placeholder}
      options={options}
      loading={orgs.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => open || setQ('')}
      style={{ width: '100%' }}
    />
  );
}
