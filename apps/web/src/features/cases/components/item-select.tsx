import type { ItemKind } from '@jiandu/contracts/catalogue-labels';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useAgencyItems } from '../api/use-agency-items.ts';
import { t } from '../locale-handling.ts';

interface Props {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  agencyId: string | undefined;
  kind: ItemKind | undefined;
}

/** Picks an item of the agency's published catalogue, of the case's kind, searched by name or code. */
export function ItemSelect({ id, value, onChange, agencyId, kind }: Props) {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const items = useAgencyItems({ agencyId, kind, q: search });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      disabled={!agencyId}
      placeholder={agencyId ? t('itemPlaceholder') : t('itemFirst')}
      loading={items.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => open || setQ('')}
      notFoundContent={items.isFetching ? undefined : t('noItems')}
      options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
