import { CERTIFICATE_STATUSES } from '@jiandu/contracts/officers';
import { Button, Grid, Select } from 'antd';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import type { OfficerFilters as Filters } from '../api/use-officers.ts';
import { statusLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { OrgTreeSelect } from './org-tree-select.tsx';

interface Props {
  value: Filters;
  onChange: (patch: Filters) => void;
}

/** The officer list's filters: org (with the orgs under it), keyword, field, status, reviewer, certificate status. */
export function OfficerFilters({ value, onChange }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const hasAny = Object.values(value).some(Boolean);
  const reset: Filters = {
    orgId: undefined,
    q: undefined,
    field: undefined,
    status: undefined,
    legalReviewer: undefined,
    certificateStatus: undefined,
  };
  return (
    <div className="page-toolbar">
      <SearchInput
        aria-label={t('searchLabel')}
        placeholder={t('officerSearch')}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        style={width(220)}
      />
      <OrgTreeSelect
        aria-label={t('orgFilter')}
        placeholder={t('orgFilter')}
        allowClear
        value={value.orgId}
        onChange={(orgId) => onChange({ orgId })}
        style={width(240)}
      />
      <Select
        aria-label={t('fields')}
        placeholder={t('fields')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={value.field}
        onChange={(field) => onChange({ field })}
        options={FIELD_OPTIONS}
        style={width(150)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('officerStatus')}
        placeholder={t('officerStatus')}
        allowClear
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={[
          { value: 'active', label: t('active') },
          { value: 'left', label: t('left') },
        ]}
        style={width(110)}
      />
      <Select
        aria-label={t('legalReviewer')}
        placeholder={t('legalReviewer')}
        allowClear
        value={value.legalReviewer}
        onChange={(legalReviewer) => onChange({ legalReviewer })}
        options={[
          { value: 'true', label: t('yes') },
          { value: 'false', label: t('no') },
        ]}
        style={width(130)}
      />
      <Select
        aria-label={t('certificateStatus')}
        placeholder={t('certificateStatus')}
        allowClear
        value={value.certificateStatus}
        onChange={(certificateStatus) => onChange({ certificateStatus })}
        options={CERTIFICATE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        style={width(120)}
      />
      <Button onClick={() => onChange(reset)} disabled={!hasAny}>
        {t('reset')}
      </Button>
    </div>
  );
}
