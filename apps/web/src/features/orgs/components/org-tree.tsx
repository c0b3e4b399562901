import type { Org } from '@jiandu/contracts/orgs';
import { useQueryClient } from '@tanstack/react-query';
import { Empty, Spin, Tag, Tree, type TreeDataNode, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { orgChildrenQuery, useOrgChildren, useOrgRoots } from '../api/use-org-tree.ts';
import { t } from '../locale.ts';

interface Props {
  selectedId: string | null;
  onSelect: (org: Org | null) => void;
}

function OrgTitle({ org }: { org: Org }) {
  if (org.status === 'active') return <span>{org.name}</span>;
  return (
    <span>
      <Typography.Text type="secondary">{org.name}</Typography.Text>{' '}
      <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
        {t('disabled')}
      </Tag>
    </span>
  );
}

/**
 * The org tree of the user's data scope, each level loaded when it is opened. The tops open by
 * themselves so the first level under them is visible at once.
 */
export function OrgTree({ selectedId, onSelect }: Props) {
  const client = useQueryClient();
  const roots = useOrgRoots();
  const [expanded, setExpanded] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<string[]>([]);
  const children = useOrgChildren(loaded);
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    if (opened || !roots.data) return;
    const open = roots.data.filter((o) => o.hasChildren).map((o) => o.id);
    setLoaded((prev) => [...new Set([...prev, ...open])]);
    setExpanded((prev) => [...new Set([...prev, ...open])]);
    setOpened(true);
  }, [opened, roots.data]);

  const { treeData, byId } = useMemo(() => {
    const index = new Map<string, Org>();
    const build = (org: Org): TreeDataNode => {
      index.set(org.id, org);
      const kids = children.get(org.id);
      return {
        key: org.id,
        title: <OrgTitle org={org} />,
        isLeaf: kids ? kids.length === 0 : !org.hasChildren,
        children: kids?.map(build),
      };
    };
    return { treeData: (roots.data ?? []).map(build), byId: index };
  }, [roots.data, children]);

  if (roots.isLoading) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (!treeData.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('treeEmpty')} />;

  return (
    <Tree
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      loadedKeys={loaded}
      loadData={async (node) => {
        const id = String(node.key);
        await client.ensureQueryData(orgChildrenQuery(id));
        setLoaded((prev) => (prev.includes(id) ? prev : [...prev, id]));
      }}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const id = keys[0];
        onSelect(id === undefined ? null : (byId.get(String(id)) ?? null));
      }}
    />
  );
}
