import { DownloadOutlined, ExportOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Org } from '@jiandu/contracts/orgs';
import { App, Button, Card, Flex, Grid, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useExportOrgs } from '../api/use-export-orgs.ts';
import { useImportTemplate } from '../api/use-import-template.ts';
import { useOrg } from '../api/use-org.ts';
import { useOrgRoots } from '../api/use-org-tree.ts';
import { type OrgFilters as Filters, type OrgListQuery, useOrgs } from '../api/use-orgs.ts';
import { ImportOrgsModal } from '../components/import-orgs-modal.tsx';
import { MoveOrgModal } from '../components/move-org-modal.tsx';
import { OrgFilters } from '../components/org-filters.tsx';
import { OrgFormModal } from '../components/org-form-modal.tsx';
import { OrgTable } from '../components/org-table.tsx';
import { OrgTree } from '../components/org-tree.tsx';
import { t } from '../locale.ts';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; org: Org }
  | { kind: 'move'; org: Org }
  | { kind: 'import' };

type Paging = Pick<OrgListQuery, 'page' | 'pageSize' | 'sort' | 'order'>;

/**
 * 组织机构: the org tree of the user's data scope beside a server-paged list. Choosing a tree node
 * lists the orgs directly under it; writers get create, edit, move, disable, import and export.
 */
export default function OrgsPage() {
  const { can } = useSession();
  const canWrite = can('org.write');
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  const [selected, setSelected] = useState<Org | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const roots = useOrgRoots();
  // Re-read so the heading follows an edit of the chosen org.
  const fresh = useOrg(selected?.id);
  const exporting = useExportOrgs();
  const template = useImportTemplate();

  const scope: Filters = { ...filters, parentId: selected?.id };
  const query: OrgListQuery = { ...scope, ...paging };
  const orgs = useOrgs(query);
  const regionRoot = roots.data?.length === 1 ? roots.data[0]!.regionCode : null;
  const close = () => setDialog(null);
  const fail = (e: unknown) => message.error(problemText(e));

  const select = (org: Org | null) => {
    setSelected(org);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Flex gap={16} vertical={!wide} align={wide ? 'flex-start' : 'stretch'}>
      <Card
        size="small"
        title={t('tree')}
        style={{ width: wide ? 264 : '100%', flex: 'none' }}
        styles={{ body: { maxHeight: wide ? 'calc(100vh - 170px)' : 260, overflow: 'auto', padding: 8 } }}
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '0 4px 8px' }}>
          {t('treeHint')}
        </Typography.Paragraph>
        <OrgTree selectedId={selected?.id ?? null} onSelect={select} />
      </Card>
      <Card style={{ flex: 1, minWidth: 0 }} styles={{ body: { padding: wide ? 20 : 12 } }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Space wrap size={4}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {selected ? t('children', { name: fresh.data?.name ?? selected.name }) : t('allOrgs')}
            </Typography.Title>
            {selected ? (
              <Button type="link" size="small" onClick={() => select(null)}>
                {t('clearSelection')}
              </Button>
            ) : null}
          </Space>
          <Space wrap>
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setDialog({ kind: 'create' })}
              >
                {t('create')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog({ kind: 'import' })}>
                {t('import')}
              </Button>
            ) : null}
            <Button
              icon={<ExportOutlined aria-hidden />}
              loading={exporting.isPending}
              onClick={() => exporting.mutateAsync(scope).catch(fail)}
            >
              {t('export')}
            </Button>
            {canWrite ? (
              <Button
                icon={<DownloadOutlined aria-hidden />}
                loading={template.isPending}
                onClick={() => template.mutateAsync().catch(fail)}
              >
                {t('template')}
              </Button>
            ) : null}
          </Space>
        </Flex>
        <OrgFilters
          value={filters}
          regionRoot={regionRoot}
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        <OrgTable
          query={query}
          data={orgs.data}
          loading={orgs.isFetching}
          canWrite={canWrite}
          pinActions={wide}
          onQueryChange={(patch) => setPaging((p) => ({ ...p, ...patch }))}
          onEdit={(org) => setDialog({ kind: 'edit', org })}
          onMove={(org) => setDialog({ kind: 'move', org })}
        />
      </Card>
      {dialog?.kind === 'create' ? (
        <OrgFormModal defaultParentId={selected?.id ?? null} onClose={close} />
      ) : null}
      {dialog?.kind === 'edit' ? <OrgFormModal org={dialog.org} onClose={close} /> : null}
      {dialog?.kind === 'move' ? <MoveOrgModal org={dialog.org} onClose={close} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportOrgsModal defaultParentId={selected?.id ?? null} onClose={close} />
      ) : null}
    </Flex>
  );
}
