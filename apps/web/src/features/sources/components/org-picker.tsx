import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useOrgSearch } from '../api/use-org-search.ts';
import { t } from '../locale.ts';

/** A picked org, with the label kept so it stays readable when it drops out of the search results. */
export interface PickedOrg {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: PickedOrg[];
  onChange?: (value: PickedOrg[]) => void;
}

/** Multi-select of orgs searched on the server by name or credit code (debounced). */
export function OrgPicker({ id, value, onChange }: Props) {
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQ(input), 300);
    return () => clearTimeout(timer);
  }, [input]);
  const search = useOrgSearch(q, open);
  const options = (search.data?.items ?? []).map((o) => ({
    value: o.id,
    label: o.name,
    title: o.creditCode ?? o.name,
  }));
  return (
    <Select<PickedOrg[]>
      id={id}
      mode="multiple"
      labelInValue
      value={value ?? []}
      onChange={(next) => onChange?.(next.map((o) => ({ value: o.value, label: String(o.label) })))}
      showSearch={{ filterOption: false, onSearch: setInput }}
      onOpenChange={setOpen}
      options={options}
      placeholder={t('orgsPlaceholder')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : t('noOrgs')}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.title !== option.data.label ? (
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>{option.data.title}</div>
          ) : null}
        </div>
      )}
      style={{ width: '100%' }}
    />
  );
}
