import { ORG_KINDS } from '@jiandu/contracts/orgs';
import { Button, Select } from 'antd';
import { SearchInput } from '../../../components/list/search-input.tsx';
import type { OrgFilters as Filters } from '../api/use-orgs.ts';
import { kindLabel, t } from '../locale.ts';
import { RegionCascader } from './region-cascader.tsx';

interface Props {
  value: Filters;
  onChange: (next: Filters) => void;
  /** Where the region picker starts (the region of the user's top org, when there is one). */
  regionRoot?: string | null | undefined;
}

/** The list filters: keyword, kind, status and region; each change goes to the server. */
export function OrgFilters({ value, onChange, regionRoot }: Props) {
  const set = (patch: Filters) => onChange({ ...value, ...patch });
  const hasAny = Boolean(value.q || value.kind || value.status || value.regionCode);
  return (
    <div className="page-toolbar">
      <SearchInput
        aria-label={t('searchLabel')}
        placeholder={t('search')}
        value={value.q}
        onSearch={(q) => set({ q })}
        style={{ width: 260, maxWidth: '100%' }}
      />
      <Select
        aria-label={t('kindFilter')}
        placeholder={t('kindFilter')}
        allowClear
        value={value.kind}
        onChange={(kind) => set({ kind })}
        options={ORG_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        style={{ width: 220, maxWidth: '100%' }}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('statusFilter')}
        placeholder={t('statusFilter')}
        allowClear
        value={value.status}
        onChange={(status) => set({ status })}
        options={[
          { value: 'active', label: t('active') },
          { value: 'disabled', label: t('disabled') },
        ]}
        style={{ width: 110 }}
      />
      <RegionCascader
        aria-label={t('regionFilter')}
        placeholder={t('regionFilter')}
        rootCode={regionRoot}
        value={value.regionCode ?? null}
        onChange={(regionCode) => set({ regionCode })}
        style={{ width: 240, maxWidth: '100%' }}
      />
      <Button onClick={() => onChange({})} disabled={!hasAny}>
        {t('reset')}
      </Button>
    </div>
  );
}
