import { REFERRAL_ORIGINS, REFERRAL_STATUSES, REFERRAL_TARGETS } from '@jiandu/contracts/referral-labels';
import { Grid } from 'antd';
import { ChoiceFilter } from '../../../components/list/choice-filter.tsx';
import { DateRangeFilter } from '../../../components/list/date-range-filter.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import type { ReferralFilters } from '../api/use-referrals.ts';
import { originLabel, statusLabel, targetLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Props {
  value: ReferralFilters;
  onChange: (patch: Partial<ReferralFilters>) => void;
}

/** The referral list's filters: keyword, receiver kind, status, source, deadline, referring org and dates. */
export function ReferralFilterBar({ value, onChange }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  return (
    <>
      <SearchInput
        aria-label={t('searchLabel')}
        placeholder={t('search')}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        style={width(260)}
      />
      <ChoiceFilter
        label={t('target')}
        placeholder={t('allTargets')}
        value={value.targetKind}
        choices={REFERRAL_TARGETS}
        name={targetLabel}
        onChange={(targetKind) => onChange({ targetKind })}
        style={width(170)}
      />
      <ChoiceFilter
        label={t('status')}
        placeholder={t('allStatuses')}
        value={value.status}
        choices={REFERRAL_STATUSES}
        name={statusLabel}
        onChange={(status) => onChange({ status })}
        style={width(140)}
      />
      <ChoiceFilter
        label={t('origin')}
        placeholder={t('allOrigins')}
        value={value.origin}
        choices={REFERRAL_ORIGINS}
        name={originLabel}
        onChange={(origin) => onChange({ origin })}
        style={width(130)}
      />
      <ChoiceFilter
        label={t('due')}
        placeholder={t('allDue')}
        value={value.due}
        choices={['overdue', 'pending'] as const}
        name={(d) => (d === 'overdue' ? t('dueOverdue') : t('duePending'))}
        onChange={(due) => onChange({ due })}
        style={width(130)}
      />
      <OrgSelect
        aria-label={t('org')}
        placeholder={t('allOrgs')}
        allowClear
        value={value.orgId}
        onChange={(orgId) => onChange({ orgId })}
        style={width(220)}
      />
      <DateRangeFilter
        label={t('draftedOn')}
        placeholder={[t('draftedFrom'), t('draftedTo')]}
        from={value.from}
        to={value.to}
        onChange={(from, to) => onChange({ from, to })}
        style={width(250)}
      />
    </>
  );
}
