import { Alert, Card } from 'antd';
import { errorText } from '../../../lib/form-errors.ts';
import { useAgencies } from '../api/use-agencies.ts';
import { AgencyFilters } from '../components/agency-filters.tsx';
import { AgencyTable } from '../components/agency-table.tsx';
import { useListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/** 执法主体: the agencies in the user's data scope with their qualification status. */
export function AgencyListPage() {
  const [params, setParams] = useListParams();
  const agencies = useAgencies(params);
  return (
    <Card title={t('title')}>
      <AgencyFilters params={params} onParams={setParams} />
      {agencies.error ? (
        <Alert type="error" showIcon title={errorText(agencies.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <AgencyTable data={agencies.data} loading={agencies.isFetching} params={params} onParams={setParams} />
    </Card>
  );
}
