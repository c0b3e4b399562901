import type { HotlineResult } from '@jiandu/contracts/complaints';
import { Alert, App, Button, Checkbox, Flex, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { DateRangeFilter } from '../../../components/list/date-range-filter.tsx';
import { problemText } from '../../../lib/problem.ts';
import {
  downloadHotlineResults,
  type HotlineResultsFilter,
  useHotlineResults,
  useMarkHotlineReported,
} from '../api/use-hotline-results.ts';
import { statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

const FORMATS = ['xlsx', 'csv', 'json'] as const;

/**
 * 导出12345办理结果: the work orders answered in a period (only those not yet reported back, by
 * default) as the 12345 platform re-imports them — shown first, downloaded as xlsx, CSV or JSON,
 * then marked reported so the next export holds only what is new.
 */
export function HotlineResultsModal({ canMark, onClose }: { canMark: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<HotlineResultsFilter>({ unreported: true });
  const results = useHotlineResults(filter);
  const marking = useMarkHotlineReported();
  const [busy, setBusy] = useState<string | null>(null);
  const items = results.data ?? [];
  const run = async (key: string, work: () => Promise<unknown>) => {
    setBusy(key);
    try {
      await work();
    } catch (e) {
      message.error(problemText(e));
    } finally {
      setBusy(null);
    }
  };
  const mark = () =>
    run('mark', async () => {
      const done = await marking.mutateAsync({
        orders: items.map((r) => ({ complaintId: r.complaintId, status: r.status })),
      });
      message.success(t('hotlineMarked', { marked: done.marked, skipped: done.skipped }));
    });
  return (
    <Modal open title={t('hotlineTitle')} width={880} footer={null} onCancel={onClose} destroyOnHidden>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('hotlineHint')} />
        <Flex wrap gap={12} align="center">
          <DateRangeFilter
            from={filter.from}
            to={filter.to}
            onChange={(from, to) => setFilter((f) => ({ ...f, from, to }))}
            label={t('hotlineAnswered')}
            placeholder={[t('hotlineAnsweredFrom'), t('hotlineAnsweredTo')]}
          />
          <Checkbox
            checked={filter.unreported}
            onChange={(e) => setFilter((f) => ({ ...f, unreported: e.target.checked }))}
          >
            {t('hotlineUnreported')}
          </Checkbox>
        </Flex>
        {results.error ? <Alert type="error" showIcon title={problemText(results.error)} /> : null}
        <Table<HotlineResult>
          size="small"
          rowKey="complaintId"
          loading={results.isFetching}
          dataSource={items}
          pagination={{ pageSize: 8, showTotal: (n) => t('hotlineCount', { n }) }}
          locale={{ emptyText: t('hotlineNone') }}
          columns={[
            { title: t('hotlineOrder'), dataIndex: 'orderNumber' },
            {
              title: t('hotlineStatus'),
              dataIndex: 'status',
              render: (s: HotlineResult['status']) => statusLabel(s),
            },
            { title: t('hotlineAnsweredOn'), dataIndex: 'answeredOn' },
            {
              title: t('hotlineOnTime'),
              dataIndex: 'onTime',
              render: (v: boolean) => <Tag color={v ? 'green' : 'red'}>{v ? t('yes') : t('no')}</Tag>,
            },
            {
              title: t('hotlineCallbackOn'),
              dataIndex: 'callbackOn',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('hotlineSatisfaction'),
              dataIndex: 'satisfaction',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('hotlineReportedAt'),
              dataIndex: 'reportedAt',
              render: (v: string | null) => (v ? v.slice(0, 10) : t('hotlineNotReported')),
            },
          ]}
        />
        <Flex wrap gap={8} justify="flex-end">
          {FORMATS.map((format) => (
            <Button
              key={format}
              disabled={!items.length}
              loading={busy === format}
              onClick={() => run(format, () => downloadHotlineResults(filter, format))}
            >
              {t('hotlineDownload', { format: format.toUpperCase() })}
            </Button>
          ))}
          {canMark ? (
            <Button type="primary" disabled={!items.length} loading={busy === 'mark'} onClick={mark}>
              {t('hotlineMark')}
            </Button>
          ) : null}
        </Flex>
      </Space>
    </Modal>
  );
}
