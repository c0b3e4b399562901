import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { ExpertsTab } from '../components/experts-tab.tsx';
import { SupervisorsTab } from '../components/supervisors-tab.tsx';
import { TalentsTab } from '../components/talents-tab.tsx';
import { t } from '../locale.ts';

const TABS = ['supervisors', 'experts', 'talents'] as const;
type Tab = (typeof TABS)[number];

/** 监督人员库: invited supervisors, the expert pool and the talent pool, one tab each (kept in the address). */
export default function PeoplePage() {
  const [search, setSearch] = useSearchParams();
  const requested = search.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'supervisors';
  return (
    <Card title={t('pageTitle')} styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'supervisors' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'supervisors', label: t('tabSupervisors'), children: <SupervisorsTab /> },
          { key: 'experts', label: t('tabExperts'), children: <ExpertsTab /> },
          { key: 'talents', label: t('tabTalents'), children: <TalentsTab /> },
        ]}
      />
    </Card>
  );
}
