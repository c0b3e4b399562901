import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useNavigate } from 'react-router';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { useSession } from '../../../console/session.tsx';
import { useExportMatters } from '../api/use-export-matters.ts';
import { useMatters } from '../api/use-matters.ts';
import { MatterDesk } from '../components/matter-desk.tsx';
import { MatterFilterBar } from '../components/matter-filters.tsx';
import { MatterTable } from '../components/matter-table.tsx';
import { filtersOf, useListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/** The full list: filters in the address, paged, exported as the filters have it. */
function MatterList({ list }: { list: ReturnType<typeof useListParams> }) {
  const matters = useMatters(list.params);
  const exporting = useExportMatters();
  const filters = filtersOf(list.params);
  return (
    <>
      <ListToolbar
        filtered={Object.values(filters).some(Boolean)}
        onReset={list.reset}
        onExport={() => exporting.mutateAsync(filters)}
        exporting={exporting.isPending}
      >
        <MatterFilterBar value={filters} onChange={list.set} />
      </ListToolbar>
      <MatterTable query={matters} paging={list.paging} />
    </>
  );
}

/**
 * 监督事项: the desk (what needs doing now) and the full list, with 新建事项 for those who handle
 * matters.
 */
export function MattersHomePage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useListParams();
  return (
    <Card
      title={t('title')}
      extra={
        can('matter.handle') ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('new')}>
            {t('create')}
          </Button>
        ) : null
      }
    >
      <Tabs
        activeKey={list.tab}
        onChange={(key) => list.setTab(key === 'all' ? 'all' : 'desk')}
        items={[
          { key: 'desk', label: t('tabDesk'), children: <MatterDesk onShow={list.show} /> },
          { key: 'all', label: t('tabAll'), children: <MatterList list={list} /> },
        ]}
        destroyOnHidden
      />
    </Card>
  );
}
