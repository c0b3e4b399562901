import type { Campaign, CampaignSummarySchema } from '@jiandu/contracts/campaigns';
import type { z } from 'zod';
import { toNumber } from '../../platform/db/dialect.ts';
import type { CampaignRow, findingsOf, listCampaigns, targetsOf } from './campaigns.repository.ts';

type Head = Omit<Campaign, 'targets' | 'findings' | 'checklist'>;

function head(row: CampaignRow): Head {
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    planTaskId: row.plan_task_id,
    title: row.title,
    field: row.field,
    regionCode: row.region_code,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    description: row.description,
    status: row.status,
    conclusion: row.conclusion,
    createdAt: row.created_at,
  };
}

/** A row of the campaign list with its progress. */
export function presentCampaignSummary(
  row: Awaited<ReturnType<typeof listCampaigns>>[number],
): z.output<typeof CampaignSummarySchema> {
  return {
    ...head(row as CampaignRow),
    targetCount: toNumber(row.targets ?? 0),
    checkedCount: toNumber(row.checked ?? 0),
    problemCount: toNumber(row.problems ?? 0),
  };
}

/** A campaign with its checklist, targets and findings. */
export function presentCampaign(
  row: CampaignRow,
  targets: Awaited<ReturnType<typeof targetsOf>>,
  findings: Awaited<ReturnType<typeof findingsOf>>,
): Campaign {
  return {
    ...head(row),
    checklist: JSON.parse(row.checklist) as Campaign['checklist'],
    targets: targets.map((t) => {
      const own = findings.filter((f) => f.agency_org_id === t.agency_org_id);
      return {
        agencyOrgId: t.agency_org_id,
        agencyName: t.name,
        checked: own.length > 0,
        problems: own.filter((f) => f.result === 'problem').length,
      };
    }),
    findings: findings.map((f) => ({
      id: f.id,
      agencyOrgId: f.agency_org_id,
      agencyName: f.agency_name,
      itemCode: f.item_code,
      result: f.result,
      note: f.note,
      matterId: f.matter_id,
      matterNumber: f.matter_number,
      recordedBy: f.recorded_by,
      recordedOn: f.recorded_on,
    })),
  };
}
