import type { Campaign } from '@jiandu/contracts/campaigns';
import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { usePlanTasks } from '../api/use-plan-tasks.ts';
import { useRegion } from '../api/use-region.ts';
import { t } from '../locale.ts';

/** The campaign at a glance: bureau, field, region, period, the plan task it carries out, and progress. */
export function CampaignOverview({ campaign }: { campaign: Campaign }) {
  const region = useRegion(campaign.regionCode);
  const tasks = usePlanTasks(Boolean(campaign.planTaskId));
  const task = tasks.data?.find((c) => c.task.id === campaign.planTaskId);
  const checked = campaign.targets.filter((x) => x.checked).length;
  const problems = campaign.findings.filter((f) => f.result === 'problem').length;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'org', label: t('org'), children: campaign.orgName },
        { key: 'field', label: t('field'), children: fieldLabel(campaign.field) },
        {
          key: 'region',
          label: t('region'),
          children: region.data ? `${region.data.fullName} (${campaign.regionCode})` : campaign.regionCode,
        },
        {
          key: 'period',
          label: t('period'),
          children: t('periodText', { from: campaign.periodFrom, to: campaign.periodTo }),
        },
        {
          key: 'progress',
          label: t('progress'),
          children: t('checkedOf', { checked, total: campaign.targets.length }),
        },
        {
          key: 'problems',
          label: t('problems'),
          children: problems ? <Typography.Text type="danger">{problems}</Typography.Text> : '0',
        },
        ...(campaign.planTaskId
          ? [
              {
                key: 'task',
                label: t('planTask'),
                span: 'filled' as const,
                children: task ? (
                  <Link to={`/supervision-plans/${encodeURIComponent(task.planId)}`}>
                    {t('planTaskLink', { plan: task.planTitle, seq: task.task.seq, task: task.task.title })}
                  </Link>
                ) : (
                  '—'
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
