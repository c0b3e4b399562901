import { NOTICE_KINDS } from '@jiandu/contracts/matter-labels';
import { NOTICE_STATUSES } from '@jiandu/contracts/matters';
import { Button, Grid, Select, Space, Switch } from 'antd';
import { t as tl } from '../../../components/list/locale.ts';
import { noticeKindLabel, noticeStatusLabel } from '../../../components/notices/labels.ts';
import type { NoticeListParams } from '../api/use-notices.ts';
import { t } from '../locale.ts';

interface Props {
  value: Omit<NoticeListParams, 'page' | 'pageSize'>;
  onChange: (patch: Partial<NoticeListParams>) => void;
  onReset: () => void;
}

/** The inbox's filters: status, kind, and only those not yet signed for. */
export function NoticeFilters({ value, onChange, onReset }: Props) {
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  return (
    <div className="page-toolbar">
      <Select
        aria-label={t('status')}
        placeholder={t('allStatuses')}
        allowClear
        value={value.status}
        onChange={(status) => onChange({ status: status ?? undefined })}
        options={NOTICE_STATUSES.map((s) => ({ value: s, label: noticeStatusLabel(s) }))}
        style={width(170)}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('kind')}
        placeholder={t('allKinds')}
        allowClear
        value={value.kind}
        onChange={(kind) => onChange({ kind: kind ?? undefined })}
        options={NOTICE_KINDS.map((k) => ({ value: k, label: noticeKindLabel(k) }))}
        style={width(200)}
        popupMatchSelectWidth={false}
      />
      <Space size={8}>
        <Switch
          id="notices-unread-only"
          size="small"
          checked={value.unread === 'true'}
          onChange={(on) => onChange({ unread: on ? 'true' : undefined })}
        />
        <label htmlFor="notices-unread-only" style={{ cursor: 'pointer', whiteSpace: 'nowrap' }}>
          {t('unreadOnly')}
        </label>
      </Space>
      <Button disabled={!Object.values(value).some(Boolean)} onClick={onReset}>
        {tl('reset')}
      </Button>
    </div>
  );
}
