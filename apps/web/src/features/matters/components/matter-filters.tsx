import {
  MATTER_MODES,
  MATTER_ORIGINS,
  MATTER_STATUSES,
  MATTER_TRACKS,
} from '@jiandu/contracts/matter-labels';
import { DatePicker, Grid, Select } from 'antd';
import dayjs from 'dayjs';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { matterStatusLabel, modeLabel, originLabel, trackLabel } from '../../../components/notices/labels.ts';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import type { MatterFilters } from '../api/use-matters.ts';
import { t } from '../locale.ts';

interface Props {
  value: MatterFilters;
  onChange: (patch: Partial<MatterFilters>) => void;
}

/** The matter list's filters: keyword, status, track, origin, mode, deadline, agency and opening dates. */
export function MatterFilterBar({ value, onChange }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const select = <T extends string>(
    label: string,
    placeholder: string,
    current: T | undefined,
    options: readonly T[],
    name: (v: T) => string,
    change: (v: T | undefined) => void,
    w: number,
  ) => (
    <Select<T>
      aria-label={label}
      placeholder={placeholder}
      allowClear
      value={current}
      onChange={(v) => change(v ?? undefined)}
      options={options.map((o) => ({ value: o, label: name(o) }))}
      style={width(w)}
      popupMatchSelectWidth={false}
    />
  );
  return (
    <>
      <SearchInput
        aria-label={t('searchLabel')}
        placeholder={t('search')}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        style={width(230)}
      />
      {select(
        t('status'),
        t('allStatuses'),
        value.status,
        MATTER_STATUSES,
        matterStatusLabel,
        (status) => onChange({ status }),
        120,
      )}
      {select(
        t('track'),
        t('allTracks'),
        value.track,
        MATTER_TRACKS,
        trackLabel,
        (track) => onChange({ track }),
        120,
      )}
      {select(
        t('origin'),
        t('allOrigins'),
        value.origin,
        MATTER_ORIGINS,
        originLabel,
        (origin) => onChange({ origin }),
        130,
      )}
      {select(
        t('mode'),
        t('allModes'),
        value.mode,
        MATTER_MODES,
        modeLabel,
        (mode) => onChange({ mode }),
        130,
      )}
      {select(
        t('due'),
        t('allDue'),
        value.due,
        ['overdue', 'soon'] as const,
        (d) => (d === 'overdue' ? t('dueOverdue') : t('dueSoon')),
        (due) => onChange({ due }),
        120,
      )}
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
        aria-label={t('openedOn')}
        placeholder={[t('openedFrom'), t('openedTo')]}
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
