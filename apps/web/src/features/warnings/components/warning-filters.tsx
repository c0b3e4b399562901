import { RULE_DEFINITIONS, SEVERITIES, WARNING_STATUSES } from '@jiandu/contracts/warning-rules';
import { DatePicker, Grid, Select } from 'antd';
import dayjs from 'dayjs';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { ruleLabel, severityLabel, statusLabel } from '../../../components/warnings/labels.ts';
import type { WarningFilters } from '../api/use-warnings.ts';
import { t } from '../locale.ts';
import { RegionSelect } from './region-select.tsx';

interface Props {
  value: WarningFilters;
  onChange: (patch: Partial<WarningFilters>) => void;
}

/** The warning centre's filters: rule, severity, status, region, agency and the days found. */
export function WarningFilterBar({ value, onChange }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  return (
    <>
      <Select
        aria-label={t('rule')}
        placeholder={t('allRules')}
        allowClear
        value={value.ruleCode}
        onChange={(ruleCode) => onChange({ ruleCode })}
        options={RULE_DEFINITIONS.map((r) => ({ value: r.code, label: ruleLabel(r.code) }))}
        showSearch={{ optionFilterProp: 'label' }}
        style={width(230)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('severity')}
        placeholder={t('allSeverities')}
        allowClear
        value={value.severity}
        onChange={(severity) => onChange({ severity })}
        options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s) }))}
        style={width(130)}
      />
      <Select
        aria-label={t('status')}
        placeholder={t('allStatuses')}
        allowClear
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={WARNING_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        style={width(140)}
        popupMatchSelectWidth={false}
      />
      <RegionSelect
        aria-label={t('region')}
        placeholder={t('regionPlaceholder')}
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
        style={width(200)}
      />
      <OrgSelect
        kind="agency"
        aria-label={t('agency')}
        placeholder={t('allAgencies')}
        allowClear
        value={value.agencyOrgId}
        onChange={(agencyOrgId) => onChange({ agencyOrgId })}
        style={width(220)}
      />
      <DatePicker.RangePicker
        aria-label={t('foundRange')}
        placeholder={[t('foundFrom'), t('foundTo')]}
        allowEmpty={[true, true]}
        value={
          value.from || value.to
            ? [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]
            : null
        }
        onChange={(range) =>
          onChange({
            from: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
            to: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
          })
        }
        style={width(250)}
      />
    </>
  );
}
