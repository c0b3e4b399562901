import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Grid, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { type AuditEvent, type AuditFilters, useAuditEvents } from '../api/use-audit-events.ts';
import { useExportAuditEvents } from '../api/use-export-audit-events.ts';
import { useVerifyAuditChain } from '../api/use-verify-audit-chain.ts';
import { auditColumns } from '../components/audit-columns.tsx';
import { AuditDetail } from '../components/audit-detail.tsx';
import { AuditFilterForm } from '../components/audit-filter-form.tsx';
import { t } from '../locale.ts';

const problemOf = (e: unknown) => (e instanceof ApiError ? e.problem.detail : String(e));

/** The audit administrator's view of the trail: search, read each change, export, and prove the chain intact. */
export default function AuditPage() {
  const { can } = useSession();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const events = useAuditEvents(filters, paging.page, paging.pageSize);
  const exporter = useExportAuditEvents();
  const verify = useVerifyAuditChain();
  const report = verify.data;
  const wide = Grid.useBreakpoint().md ?? true;

  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <AuditFilterForm
        onSearch={(next) => {
          setFilters(next);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <Space wrap>
            {can('audit.export') ? (
              <Button
                icon={<DownloadOutlined />}
                loading={exporter.isPending}
                onClick={() =>
                  exporter.mutate(filters, {
                    onError: (e) => message.error(t('exportFailed', { detail: problemOf(e) })),
                  })
                }
              >
                {exporter.isPending ? t('exporting') : t('export')}
              </Button>
            ) : null}
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('verify')}
            </Button>
          </Space>
        }
      />
      {report ? (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type={report.ok ? 'success' : 'error'}
          title={report.ok ? t('verifyOk') : t('verifyBroken')}
          description={report.message}
          closable={{ onClose: () => verify.reset() }}
          data-testid="chain-report"
        />
      ) : null}
      {verify.isError ? (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type="error"
          title={t('verifyFailed', { detail: problemOf(verify.error) })}
        />
      ) : null}
      {events.isError ? (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type="error"
          title={t('loadFailed', { detail: problemOf(events.error) })}
        />
      ) : null}
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        loading={events.isFetching}
        dataSource={events.data?.items ?? []}
        scroll={wide ? { x: 'max-content' } : undefined}
        expandable={{ expandedRowRender: (row) => <AuditDetail event={row} /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: events.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('total', { total }),
          onChange: (page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
        columns={auditColumns(wide)}
      />
    </Card>
  );
}
