import type { Org, OrgKind } from '@jiandu/contracts/orgs';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useEffect, useState } from 'react';
import { useSession } from '../../console/session.tsx';
import { t } from './locale.ts';
import { useOrgOptions } from './use-org-options.ts';

interface Props {
  id?: string;
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
  /** Called with the whole org when one is picked (its region, for instance). */
  onPickOrg?: (org: Org | undefined) => void;
  /** Orgs to offer without asking the server (the current value). */
  known?: { value: string; label: string }[];
  kind?: OrgKind;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** A searchable picker of the orgs in the viewer's scope, optionally of one kind. */
export function OrgSelect({ known = [], kind, onPickOrg, placeholder, ...props }: Props) {
  const { can, session } = useSession();
  const remote = can('org.read');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const orgs = useOrgOptions(search, kind, remote);
  const own = session ? [{ value: session.user.orgId, label: session.user.orgName }] : [];
  const seen = new Set<string>();
  const options = [
    ...known,
    ...(remote ? (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })) : own),
  ].filter((o) => !seen.has(o.value) && seen.add(o.value));
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      onChange={(value: string | undefined) => {
        props.onChange?.(value);
        onPickOrg?.(orgs.data?.items.find((o) => o.id === value));
      }}
      placeholder={placeholder ?? t('orgPlaceholder')}
      options={options}
      loading={orgs.isFetching}
      showSearch={remote ? { filterOption: false, onSearch: setQ } : { optionFilterProp: 'label' }}
      onOpenChange={(open) => open || setQ('')}
      popupMatchSelectWidth={false}
    />
  );
}
