import { Card } from 'antd';
import { useNavigate } from 'react-router';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { useSession } from '../../../console/session.tsx';
import { useExportReferrals } from '../api/use-export-referrals.ts';
import { useReferrals } from '../api/use-referrals.ts';
import { ReferralFilterBar } from '../components/referral-filters.tsx';
import { ReferralTable } from '../components/referral-table.tsx';
import { filtersOf, useReferralListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/**
 * 线索移送: the referrals in the user's data scope, nearest deadline first, with filters kept in the
 * address, the export as filtered, and 新建移送 for those who handle referrals.
 */
export function ReferralsListPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useReferralListParams();
  const referrals = useReferrals(list.params);
  const exporting = useExportReferrals();
  const filters = filtersOf(list.params);
  return (
    <Card title={t('title')}>
      <ListToolbar
        filtered={Object.values(filters).some(Boolean)}
        onReset={list.reset}
        add={can('referral.manage') ? { label: t('create'), onClick: () => navigate('new') } : undefined}
        onExport={() => exporting.mutateAsync(filters)}
        exporting={exporting.isPending}
      >
        <ReferralFilterBar value={filters} onChange={list.set} />
      </ListToolbar>
      <ReferralTable query={referrals} paging={list.paging} />
    </Card>
  );
}
