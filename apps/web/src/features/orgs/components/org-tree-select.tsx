import type { Org } from '@jiandu/contracts/orgs';
import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useOrg } from '../api/use-org.ts';
import { orgChildrenQuery, useOrgChildren, useOrgRoots } from '../api/use-org-tree.ts';
import { useOrgs } from '../api/use-orgs.ts';
import { t } from '../locale.ts';

interface Props {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** An org that may not be chosen, nor opened (the one being moved: its subtree cannot be its parent). */
  excludeId?: string | undefined;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean;
}

interface Node {
  id: string;
  pId?: string | undefined;
  value: string;
  title: string;
  isLeaf: boolean;
  disabled: boolean;
}

/**
 * Picks an org from the tree, loading each level when it is opened; typing searches the whole data
 * scope on the server. Disabled orgs are shown but cannot be chosen as a parent.
 */
export function OrgTreeSelect({ value, onChange, excludeId, ...rest }: Props) {
  const client = useQueryClient();
  const roots = useOrgRoots();
  const [loaded, setLoaded] = useState<string[]>([]);
  const children = useOrgChildren(loaded);
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useOrgs({ q, page: 1, pageSize: 50, sort: 'name' }, q.length > 0);
  const current = useOrg(value);

  const nodes = useMemo(() => {
    const node = (o: Org, pId?: string, leaf = false): Node => ({
      id: o.id,
      pId,
      value: o.id,
      title: o.status === 'disabled' ? `${o.name} (${t('disabled')})` : o.name,
      isLeaf: leaf || !o.hasChildren || o.id === excludeId,
      disabled: o.id === excludeId || o.status === 'disabled',
    });
    if (q) return (found.data?.items ?? []).map((o) => node(o, undefined, true));
    const list = (roots.data ?? []).map((o) => node(o));
    for (const [parentId, kids] of children) list.push(...kids.map((o) => node(o, parentId)));
    return list;
  }, [q, found.data, roots.data, children, excludeId]);

  const label = value
    ? (nodes.find((n) => n.value === value)?.title ?? current.data?.name ?? value)
    : undefined;

  return (
    <TreeSelect
      {...rest}
      treeDataSimpleMode
      treeData={nodes}
      treeLoadedKeys={loaded}
      loadData={async (node) => {
        const id = String(node.value);
        await client.ensureQueryData(orgChildrenQuery(id));
        setLoaded((prev) => (prev.includes(id) ? prev : [...prev, id]));
      }}
      labelInValue
      value={value && label ? { value, label } : undefined}
      onChange={(next: { value: string; label?: ReactNode } | undefined) => onChange?.(next?.value)}
      showSearch
      searchValue={search}
      onSearch={setSearch}
      filterTreeNode={false}
      notFoundContent={roots.isLoading || found.isFetching ? undefined : t('treeEmpty')}
      loading={roots.isLoading || found.isFetching}
      style={{ width: '100%' }}
      popupMatchSelectWidth
    />
  );
}
