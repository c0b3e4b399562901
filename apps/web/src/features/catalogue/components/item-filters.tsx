import { ITEM_KINDS, ITEM_STATUSES } from '@jiandu/contracts/catalogue-labels';
import { Checkbox, Grid, Select } from 'antd';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import type { ItemFilters as Filters } from '../api/use-items.ts';
import { kindLabel, statusLabel } from '../labels.ts';
import { BENCHMARK_STATES } from '../list-params.ts';
import { t } from '../locale.ts';

interface Props {
  value: Filters;
  onChange: (patch: Partial<Filters>) => void;
}

/** The item list's filters: keyword, agency, kind, status, field, benchmark status and "pending review only". */
export function ItemFilters({ value, onChange }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  return (
    <>
      <SearchInput
        aria-label={t('searchLabel')}
        placeholder={t('search')}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        style={width(220)}
      />
      <OrgSelect
        kind="agency"
        aria-label={t('agency')}
        placeholder={t('allAgencies')}
        allowClear
        value={value.agencyId}
        onChange={(agencyId) => onChange({ agencyId })}
        style={width(220)}
      />
      <Select
        aria-label={t('kind')}
        placeholder={t('allKinds')}
        allowClear
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        options={ITEM_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        style={width(140)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('status')}
        placeholder={t('allStatuses')}
        allowClear
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={ITEM_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        style={width(120)}
      />
      <Select
        aria-label={t('fields')}
        placeholder={t('allFields')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={value.field}
        onChange={(field) => onChange({ field })}
        options={FIELD_OPTIONS}
        style={width(150)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('benchmark')}
        placeholder={t('allBenchmarks')}
        allowClear
        value={value.benchmark}
        onChange={(benchmark) => onChange({ benchmark })}
        options={BENCHMARK_STATES.map((s) => ({
          value: s,
          label: s === 'none' ? t('noBenchmarkShort') : `${t('benchmark')}${statusLabel(s)}`,
        }))}
        style={width(150)}
        popupMatchSelectWidth={false}
      />
      <Checkbox
        checked={value.pending === 'true'}
        onChange={(e) => onChange({ pending: e.target.checked ? 'true' : undefined })}
      >
        {t('pendingOnly')}
      </Checkbox>
    </>
  );
}
