import { Alert, Card, Flex, Space, Switch, Typography } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useOrgById } from '../api/use-org-tree.ts';
import { type StaffingQuery, useStaffing } from '../api/use-staffing.ts';
import { OrgTreeSelect } from '../components/org-tree-select.tsx';
import { StaffingTable } from '../components/staffing-table.tsx';
import { StaffingTargetsPanel } from '../components/staffing-targets-panel.tsx';
import { t } from '../locale.ts';
import { useSearchState } from '../search-state.ts';

const KEYS = ['orgId', 'shortfall'] as const;

/**
 * 人员配备: staffing figures of the agencies in the user's scope, measured against the targets of
 * their region; the targets panel shows (and for managers edits) the targets of the chosen org's region.
 */
export default function StaffingPage() {
  const { session, can } = useSession();
  const [query, setQuery] = useSearchState<StaffingQuery>(KEYS);
  const staffing = useStaffing(query);
  const org = useOrgById(query.orgId ?? session?.user.orgId);
  const shortOnly = query.shortfall === 'true';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <StaffingTargetsPanel
        regionCode={org.data?.regionCode}
        regionName={org.data ? (org.data.regionName ?? org.data.name) : undefined}
        canEdit={can('certificate.manage')}
      />
      <Card title={t('staffingTitle')}>
        <Flex className="page-toolbar" align="center" wrap gap={12}>
          <OrgTreeSelect
            aria-label={t('orgFilter')}
            placeholder={t('orgFilter')}
            allowClear
            value={query.orgId}
            onChange={(orgId) => setQuery({ orgId, page: 1 })}
            style={{ width: 260, maxWidth: '100%' }}
          />
          <Space>
            <Switch
              checked={shortOnly}
              onChange={(on) => setQuery({ shortfall: on ? 'true' : undefined, page: 1 })}
              aria-label={t('shortfallOnly')}
            />
            <Typography.Text>{t('shortfallOnly')}</Typography.Text>
          </Space>
        </Flex>
        {staffing.error ? (
          <Alert type="error" showIcon title={problemText(staffing.error)} style={{ marginBottom: 12 }} />
        ) : null}
        <StaffingTable
          query={query}
          data={staffing.data?.items ?? []}
          total={staffing.data?.total ?? 0}
          loading={staffing.isFetching}
          onQueryChange={setQuery}
        />
      </Card>
    </Space>
  );
}
