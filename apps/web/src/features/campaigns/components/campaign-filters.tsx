import { CAMPAIGN_STATUSES } from '@jiandu/contracts/campaigns';
import { Grid, Select } from 'antd';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { campaignStatusLabel } from '../labels.ts';
import { type CampaignListFilters, campaignYears } from '../list-params.ts';
import { t } from '../locale.ts';

interface Props {
  value: CampaignListFilters;
  onChange: (patch: Partial<CampaignListFilters>) => void;
}

/** The campaign list's filters: status, enforcement field and year. */
export function CampaignFilterBar({ value, onChange }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  return (
    <>
      <Select
        aria-label={t('status')}
        placeholder={t('allStatuses')}
        allowClear
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: campaignStatusLabel(s) }))}
        style={width(140)}
      />
      <Select
        aria-label={t('field')}
        placeholder={t('allFields')}
        allowClear
        value={value.field}
        onChange={(field) => onChange({ field })}
        options={FIELD_OPTIONS}
        showSearch={{ optionFilterProp: 'label' }}
        style={width(180)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('year')}
        placeholder={t('allYears')}
        allowClear
        value={value.year}
        onChange={(year: number | undefined) => onChange({ year })}
        options={campaignYears().map((y) => ({ value: y, label: t('yearOption', { year: y }) }))}
        style={width(120)}
      />
    </>
  );
}
