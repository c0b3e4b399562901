import { CloudDownloadOutlined, CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { useSession } from '../../../console/session.tsx';
import { useComplaints } from '../api/use-complaints.ts';
import { useExportComplaints } from '../api/use-export-complaints.ts';
import { ComplaintDesk } from '../components/complaint-desk.tsx';
import { ComplaintFilterBar } from '../components/complaint-filters.tsx';
import { ComplaintTable } from '../components/complaint-table.tsx';
import { HotlineResultsModal } from '../components/hotline-results-modal.tsx';
import { ImportComplaintsModal } from '../components/import-complaints-modal.tsx';
import { filtersOf, useComplaintListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/** The full list: filters, sort and page in the address; exported as the filters have it. */
function ComplaintList({ list }: { list: ReturnType<typeof useComplaintListParams> }) {
  const complaints = useComplaints(list.params);
  const exporting = useExportComplaints();
  const filters = filtersOf(list.params);
  return (
    <>
      <ListToolbar
        filtered={Object.values(filters).some(Boolean)}
        onReset={list.reset}
        onExport={() => exporting.mutateAsync(filters)}
        exporting={exporting.isPending}
      >
        <ComplaintFilterBar value={filters} onChange={list.set} />
      </ListToolbar>
      <ComplaintTable query={complaints} paging={list.paging} />
    </>
  );
}

/**
 * 投诉举报: the handler's desk and the full list, with 登记 (a call, letter, visit or petition
 * transfer) and the 12345 import for those who handle complaints.
 */
export function ComplaintsHomePage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useComplaintListParams();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const results = (
    <Button icon={<CloudDownloadOutlined aria-hidden />} onClick={() => setExporting(true)}>
      {t('export12345')}
    </Button>
  );
  return (
    <Card
      title={t('title')}
      extra={
        can('complaint.handle') ? (
          <Space wrap>
            <Button icon={<CloudUploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('import12345')}
            </Button>
            {results}
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('new')}>
              {t('register')}
            </Button>
          </Space>
        ) : can('complaint.read') ? (
          results
        ) : null
      }
    >
      <Tabs
        activeKey={list.tab}
        onChange={(key) => list.setTab(key === 'all' ? 'all' : 'desk')}
        items={[
          { key: 'desk', label: t('tabDesk'), children: <ComplaintDesk onShow={list.show} /> },
          { key: 'all', label: t('tabAll'), children: <ComplaintList list={list} /> },
        ]}
        destroyOnHidden
      />
      {importing ? <ImportComplaintsModal onClose={() => setImporting(false)} /> : null}
      {exporting ? (
        <HotlineResultsModal canMark={can('complaint.handle')} onClose={() => setExporting(false)} />
      ) : null}
    </Card>
  );
}
