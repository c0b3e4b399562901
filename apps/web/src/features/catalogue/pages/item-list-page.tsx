import { UploadOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { useSession } from '../../../console/session.tsx';
import { useExportItems } from '../api/use-export-items.ts';
import { useItems } from '../api/use-items.ts';
import { CreateItemModal } from '../components/create-item-modal.tsx';
import { ImportItemsModal } from '../components/import-items-modal.tsx';
import { ItemFilters } from '../components/item-filters.tsx';
import { ItemTable } from '../components/item-table.tsx';
import { filtersOf, useListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/** 执法事项目录: the items of the agencies in the user's data scope, with import, export and 新增事项. */
export function ItemListPage() {
  const { can } = useSession();
  const canWrite = can('item.write');
  const navigate = useNavigate();
  const { params, paging, set, reset } = useListParams();
  const items = useItems(params);
  const exporting = useExportItems();
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const filters = filtersOf(params);
  const close = () => setDialog(null);
  return (
    <Card title={t('title')}>
      <ListToolbar
        filtered={Object.values(filters).some(Boolean)}
        onReset={reset}
        add={canWrite ? { label: t('create'), onClick: () => setDialog('create') } : undefined}
        extra={
          canWrite ? (
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog('import')}>
              {t('import')}
            </Button>
          ) : null
        }
        onExport={() => exporting.mutateAsync(filters)}
        exporting={exporting.isPending}
      >
        <ItemFilters value={filters} onChange={set} />
      </ListToolbar>
      <ItemTable query={items} paging={paging} />
      {dialog === 'create' ? (
        <CreateItemModal
          defaultAgencyId={params.agencyId}
          onClose={close}
          onCreated={(detail) => {
            close();
            navigate(detail.item.id);
          }}
        />
      ) : null}
      {dialog === 'import' ? <ImportItemsModal onClose={close} /> : null}
    </Card>
  );
}
