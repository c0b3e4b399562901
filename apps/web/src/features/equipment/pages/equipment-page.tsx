import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { IssuesTab } from '../components/issues-tab.tsx';
import { SummaryTab } from '../components/summary-tab.tsx';
import { t } from '../locale.ts';

/** 执法装备: the register of uniforms, insignia and equipment, and what is in use per org. */
export default function EquipmentPage() {
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'summary' ? 'summary' : 'issues';
  return (
    <Card title={t('pageTitle')} styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'issues' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'issues', label: t('tabIssues'), children: <IssuesTab /> },
          { key: 'summary', label: t('tabSummary'), children: <SummaryTab /> },
        ]}
      />
    </Card>
  );
}
