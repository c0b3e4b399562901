import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
} from '@jiandu/contracts/complaint-labels';
import { Grid, Select } from 'antd';
import { DateRangeFilter } from '../../../components/list/date-range-filter.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import type { ComplaintFilters } from '../api/use-complaints.ts';
import { categoryLabel, channelLabel, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Props {
  value: ComplaintFilters;
  onChange: (patch: Partial<ComplaintFilters>) => void;
}

type Choice = 'status' | 'channel' | 'category' | 'due';

/** The list's fixed-choice filters: what each is called, its choices, and how wide it stands. */
const CHOICES: { key: Choice; label: string; all: string; width: number; options: [string, string][] }[] = [
  {
    key: 'status',
    label: t('status'),
    all: t('allStatuses'),
    width: 120,
    options: COMPLAINT_STATUSES.map((s) => [s, statusLabel(s)]),
  },
  {
    key: 'channel',
    label: t('channel'),
    all: t('allChannels'),
    width: 120,
    options: COMPLAINT_CHANNELS.map((c) => [c, channelLabel(c)]),
  },
  {
    key: 'category',
    label: t('category'),
    all: t('allCategories'),
    width: 170,
    options: COMPLAINT_CATEGORIES.map((c) => [c, categoryLabel(c)]),
  },
  {
    key: 'due',
    label: t('due'),
    all: t('allDue'),
    width: 120,
    options: [
      ['overdue', t('dueOverdue')],
      ['pending', t('duePending')],
    ],
  },
];

/** The complaint list's filters: keyword, status, channel, category, deadline, handling org, dates. */
export function ComplaintFilterBar({ value, onChange }: Props) {
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
      {CHOICES.map((c) => (
        <Select<string>
          key={c.key}
          aria-label={c.label}
          placeholder={c.all}
          allowClear
          value={value[c.key]}
          onChange={(v) => onChange({ [c.key]: v ?? undefined })}
          options={c.options.map(([v, label]) => ({ value: v, label }))}
          style={width(c.width)}
          popupMatchSelectWidth={false}
        />
      ))}
      <OrgSelect
        aria-label={t('handlingOrg')}
        placeholder={t('allOrgs')}
        allowClear
        value={value.orgId}
        onChange={(orgId) => onChange({ orgId })}
        style={width(200)}
      />
      <DateRangeFilter
        label={t('registeredOn')}
        placeholder={[t('registeredFrom'), t('registeredTo')]}
        from={value.from}
        to={value.to}
        onChange={(from, to) => onChange({ from, to })}
        style={width(250)}
      />
    </>
  );
}
