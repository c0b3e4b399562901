import { CASE_KINDS, PROCEDURES } from '@jiandu/contracts/case-labels';
import { CASE_ORIGINS, CASE_STATUSES } from '@jiandu/contracts/cases';
import { Grid, Select, Space, Switch } from 'antd';
import { DateRangeFilter } from '../../../components/list/date-range-filter.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import type { CaseFilters as Filters } from '../api/use-cases.ts';
import { kindLabel, originLabel, procedureLabel, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { RegionSelect } from './region-select.tsx';

interface Props {
  value: Filters;
  onChange: (patch: Partial<Filters>) => void;
}

/**
 * The case list's filters: keyword, agency, region, kind, procedure, status, origin, major decision,
 * filing and decision dates, and "only cases with a missed deadline".
 */
export function CaseFilters({ value, onChange }: Props) {
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
      <RegionSelect
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
        style={width(200)}
      />
      <Select
        aria-label={t('kind')}
        placeholder={t('allKinds')}
        allowClear
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        options={CASE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        style={width(170)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('procedure')}
        placeholder={t('allProcedures')}
        allowClear
        value={value.procedure}
        onChange={(procedure) => onChange({ procedure })}
        options={PROCEDURES.map((p) => ({ value: p, label: procedureLabel(p) }))}
        style={width(120)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('status')}
        placeholder={t('allStatuses')}
        allowClear
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        style={width(120)}
      />
      <Select
        aria-label={t('origin')}
        placeholder={t('allOrigins')}
        allowClear
        value={value.origin}
        onChange={(origin) => onChange({ origin })}
        options={CASE_ORIGINS.map((o) => ({ value: o, label: originLabel(o) }))}
        style={width(120)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('majorFilter')}
        placeholder={t('majorFilter')}
        allowClear
        value={value.major}
        onChange={(major) => onChange({ major })}
        options={[
          { value: 'true', label: t('majorOnly') },
          { value: 'false', label: t('notMajor') },
        ]}
        style={width(140)}
        popupMatchSelectWidth={false}
      />
      <DateRangeFilter
        label={t('filedRange')}
        placeholder={[t('filedFrom'), t('filedTo')]}
        from={value.filedFrom}
        to={value.filedTo}
        onChange={(filedFrom, filedTo) => onChange({ filedFrom, filedTo })}
        style={width(250)}
      />
      <DateRangeFilter
        label={t('decidedRange')}
        placeholder={[t('decidedFrom'), t('decidedTo')]}
        from={value.decidedFrom}
        to={value.decidedTo}
        onChange={(decidedFrom, decidedTo) => onChange({ decidedFrom, decidedTo })}
        style={width(250)}
      />
      <Space size={8}>
        <Switch
          id="cases-overdue-only"
          size="small"
          checked={value.overdue === 'true'}
          onChange={(on) => onChange({ overdue: on ? 'true' : undefined })}
        />
        <label htmlFor="cases-overdue-only" style={{ cursor: 'pointer', whiteSpace: 'nowrap' }}>
          {t('overdueOnly')}
        </label>
      </Space>
    </>
  );
}
