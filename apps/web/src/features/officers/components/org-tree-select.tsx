import type { Org } from '@jiandu/contracts/orgs';
import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { orgChildrenQuery, useOrgById, useOrgRoots, useOrgSearch } from '../api/use-org-tree.ts';
import { t } from '../locale.ts';

interface Props {
  value?: string | null | undefined;
  onChange?: (id: string | undefined) => void;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

interface Node {
  id: string;
  pId?: string | undefined;
  value: string;
  title: string;
  isLeaf: boolean;
}

const toNode = (o: Org, pId?: string, leaf = false): Node => ({
  id: o.id,
  pId,
  value: o.id,
  title: o.name,
  isLeaf: leaf || !o.hasChildren,
});

/**
 * Picks an org of the user's data scope from a tree loaded level by level; typing searches the
 * whole scope on the server. Without `org.read` it offers only the user's own org.
 */
export function OrgTreeSelect({ value, onChange, style, ...rest }: Props) {
  const { session, can } = useSession();
  const remote = can('org.read');
  const client = useQueryClient();
  const roots = useOrgRoots(remote);
  const [loaded, setLoaded] = useState<Map<string, Org[]>>(new Map());
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useOrgSearch(remote ? q : '');
  const current = useOrgById(remote ? value : null);

  const nodes = useMemo(() => {
    if (!remote) {
      const own = session?.user;
      return own ? [{ id: own.orgId, value: own.orgId, title: own.orgName, isLeaf: true }] : [];
    }
    if (q) return (found.data?.items ?? []).map((o) => toNode(o, undefined, true));
    const list = (roots.data ?? []).map((o) => toNode(o));
    for (const [parentId, kids] of loaded) list.push(...kids.map((o) => toNode(o, parentId)));
    return list;
  }, [remote, session, q, found.data, roots.data, loaded]);

  const label = value
    ? (nodes.find((n) => n.value === value)?.title ?? current.data?.name ?? '…')
    : undefined;
  const busy = roots.isLoading || found.isFetching;

  return (
    <TreeSelect
      {...rest}
      treeDataSimpleMode
      treeData={nodes}
      treeLoadedKeys={[...loaded.keys()]}
      loadData={async (node) => {
        const id = String(node.value);
        const kids = await client.ensureQueryData(orgChildrenQuery(id));
        setLoaded((prev) => new Map(prev).set(id, kids));
      }}
      labelInValue
      value={value && label ? { value, label } : undefined}
      onChange={(next: { value: string; label?: ReactNode } | undefined) => onChange?.(next?.value)}
      showSearch
      searchValue={search}
      onSearch={setSearch}
      filterTreeNode={false}
      notFoundContent={busy ? undefined : t('noOrgs')}
      loading={busy}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
