import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES } from '@jiandu/contracts/officers';
import { Button, Grid, Select } from 'antd';
import { SearchInput } from '../../../components/list/search-input.tsx';
import type { CertificateFilters as Filters } from '../api/use-certificates.ts';
import { statusLabel, typeLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { OrgTreeSelect } from './org-tree-select.tsx';

interface Props {
  value: Filters;
  onChange: (patch: Filters) => void;
}

/** The certificate list's filters: keyword, org, type, status, and "expiring within 7/30/60 days". */
export function CertificateFilters({ value, onChange }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const hasAny = Object.values(value).some(Boolean);
  return (
    <div className="page-toolbar">
      <SearchInput
        aria-label={t('searchLabel')}
        placeholder={t('certificateSearch')}
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
        aria-label={t('certificateType')}
        placeholder={t('certificateType')}
        allowClear
        value={value.type}
        onChange={(type) => onChange({ type })}
        options={CERTIFICATE_TYPES.map((c) => ({ value: c, label: typeLabel(c) }))}
        style={width(150)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('certificateStatus')}
        placeholder={t('certificateStatus')}
        allowClear
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={CERTIFICATE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        style={width(120)}
      />
      <Select
        aria-label={t('expiring')}
        placeholder={t('expiring')}
        allowClear
        value={value.expiringWithinDays}
        onChange={(expiringWithinDays) => onChange({ expiringWithinDays })}
        options={[7, 30, 60].map((days) => ({ value: days, label: t('withinDays', { days }) }))}
        style={width(140)}
      />
      <Button
        disabled={!hasAny}
        onClick={() =>
          onChange({
            q: undefined,
            orgId: undefined,
            type: undefined,
            status: undefined,
            expiringWithinDays: undefined,
          })
        }
      >
        {t('reset')}
      </Button>
    </div>
  );
}
