import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid } from 'antd';
import { useNavigate } from 'react-router';
import { ListError } from '../../../components/list/list-error.tsx';
import { useSession } from '../../../console/session.tsx';
import { useCampaigns } from '../api/use-campaigns.ts';
import { CampaignFilterBar } from '../components/campaign-filters.tsx';
import { CampaignTable } from '../components/campaign-table.tsx';
import { useCampaignListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/**
 * 专项监督: the campaigns in the user's data scope by status, field and year, with how far each has
 * got; those who manage plans set up a new one.
 */
export function CampaignListPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const { filters, set, reset } = useCampaignListParams();
  const campaigns = useCampaigns(filters);
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Card title={t('title')}>
      <div className="page-toolbar">
        <CampaignFilterBar value={filters} onChange={set} />
        <Button disabled={!Object.values(filters).some((v) => v !== undefined)} onClick={reset}>
          {t('reset')}
        </Button>
        {can('plan.manage') ? (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => navigate('new')}
            style={{ marginLeft: narrow ? 0 : 'auto' }}
          >
            {t('create')}
          </Button>
        ) : null}
      </div>
      {campaigns.error ? <ListError error={campaigns.error} onRetry={() => campaigns.refetch()} /> : null}
      <CampaignTable rows={campaigns.data ?? []} loading={campaigns.isFetching && !campaigns.data} />
    </Card>
  );
}
