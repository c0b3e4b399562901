import { DownloadOutlined } from '@ant-design/icons';
import { AGENCY_STATUSES, AUTHORITIES } from '@jiandu/contracts/agencies';
import { App, Button, Grid, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../../lib/form-errors.ts';
import type { AgencyListParams } from '../api/use-agencies.ts';
import { useExportAgencies } from '../api/use-export-agencies.ts';
import { authorityLabel, FIELD_OPTIONS, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { RegionSelect } from './region-select.tsx';

interface Props {
  params: AgencyListParams;
  onParams: (changes: Partial<AgencyListParams>) => void;
}

/** The list's filters (text, region, status, authority, field) and its export button. */
export function AgencyFilters({ params, onParams }: Props) {
  const { message } = App.useApp();
  const exporting = useExportAgencies();
  const narrow = !Grid.useBreakpoint().sm;
  const width = (wide: number) => ({ width: narrow ? '100%' : wide });
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  const { page: _page, pageSize: _size, sort: _sort, order: _order, ...filters } = params;
  return (
    <div className="page-toolbar">
      <Input.Search
        aria-label={t('searchLabel')}
        placeholder={t('search')}
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => onParams({ q: value.trim() || undefined, page: 1 })}
        style={width(240)}
      />
      <RegionSelect
        value={params.regionCode}
        onChange={(regionCode) => onParams({ regionCode, page: 1 })}
        style={width(220)}
      />
      <Select
        aria-label={t('status')}
        placeholder={t('allStatuses')}
        allowClear
        value={params.status}
        onChange={(status) => onParams({ status, page: 1 })}
        options={AGENCY_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        style={width(130)}
      />
      <Select
        aria-label={t('authority')}
        placeholder={t('allAuthorities')}
        allowClear
        value={params.authority}
        onChange={(authority) => onParams({ authority, page: 1 })}
        options={AUTHORITIES.map((a) => ({ value: a, label: authorityLabel(a) }))}
        style={width(140)}
      />
      <Select
        aria-label={t('fields')}
        placeholder={t('allFields')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={params.field}
        onChange={(field) => onParams({ field, page: 1 })}
        options={FIELD_OPTIONS}
        style={width(150)}
      />
      {narrow ? null : <span style={{ flex: 1 }} />}
      <Button
        icon={<DownloadOutlined />}
        loading={exporting.isPending}
        onClick={() => exporting.mutateAsync(filters).catch((e: unknown) => message.error(errorText(e)))}
      >
        {t('export')}
      </Button>
    </div>
  );
}
