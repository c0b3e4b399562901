import { PlusOutlined } from '@ant-design/icons';
import { PLAN_STATUSES } from '@jiandu/contracts/supervision-plans';
import { Button, Card, Col, Empty, Grid, Row, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { ListError } from '../../../components/list/list-error.tsx';
import { useSession } from '../../../console/session.tsx';
import { usePlans } from '../api/use-plans.ts';
import { CreatePlanModal } from '../components/create-plan-modal.tsx';
import { PlanCard } from '../components/plan-card.tsx';
import { planStatusLabel } from '../labels.ts';
import { planYears, usePlanListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/**
 * 监督计划: the annual supervision plans in the user's data scope for a year (this year unless
 * another is chosen), optionally of one stage; those who manage plans draw up a new one here.
 */
export function PlanListPage() {
  const { can } = useSession();
  const { filters, set } = usePlanListParams();
  const plans = usePlans(filters);
  const [creating, setCreating] = useState(false);
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  return (
    <Card title={t('title')}>
      <div className="page-toolbar">
        <Select
          aria-label={t('year')}
          value={filters.year}
          onChange={(year: number) => set({ year })}
          options={planYears().map((y) => ({ value: y, label: t('yearOption', { year: y }) }))}
          style={width(140)}
        />
        <Select
          aria-label={t('status')}
          placeholder={t('allStatuses')}
          allowClear
          value={filters.status}
          onChange={(status) => set({ status })}
          options={PLAN_STATUSES.map((s) => ({ value: s, label: planStatusLabel(s) }))}
          style={width(160)}
        />
        {can('plan.manage') ? (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setCreating(true)}
            style={{ marginLeft: narrow ? 0 : 'auto' }}
          >
            {t('create')}
          </Button>
        ) : null}
      </div>
      {plans.error ? <ListError error={plans.error} onRetry={() => plans.refetch()} /> : null}
      {plans.isLoading ? (
        <Skeleton active />
      ) : plans.data?.length ? (
        <Row gutter={[16, 16]}>
          {plans.data.map((plan) => (
            <Col key={plan.id} xs={24} xl={12}>
              <PlanCard plan={plan} />
            </Col>
          ))}
        </Row>
      ) : plans.error ? null : (
        <Empty description={t('noPlans', { year: filters.year })} />
      )}
      {creating ? <CreatePlanModal year={filters.year} onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
