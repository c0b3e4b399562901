import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import type { Plan } from '@jiandu/contracts/supervision-plans';
import { Alert, App, Button, Card, Collapse, Space, Typography } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { type ReportFormat, useDownloadReport } from '../api/use-download-report.ts';
import { t } from '../locale-year-end.ts';
import { ConcludeForm } from './conclude-form.tsx';
import { FiguresPanel } from './figures-panel.tsx';

/**
 * 年终总结: the year's figures (opened on demand), then the bureau's conclusion: written and issued
 * once the mid-year check is done, downloadable as PDF and Word afterwards.
 */
export function YearEndCard({ plan }: { plan: Plan }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const download = useDownloadReport(plan.id);
  const get = (format: ReportFormat) =>
    download.mutateAsync(format).catch((e: unknown) => {
      message.error(problemText(e));
    });
  const loading = (format: ReportFormat) => download.isPending && download.variables === format;
  return (
    <Card title={t('title')}>
      {plan.status === 'concluded' ? (
        <div style={{ marginBottom: 16 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{plan.conclusion}</Typography.Paragraph>
          <Space wrap>
            <Typography.Text type="secondary">
              {t('concludedOn', { date: plan.concludedOn ?? '' })}
            </Typography.Text>
            {plan.hasReport ? (
              <>
                <Button
                  icon={<FilePdfOutlined aria-hidden />}
                  loading={loading('pdf')}
                  onClick={() => get('pdf')}
                >
                  {t('pdf')}
                </Button>
                <Button
                  icon={<FileWordOutlined aria-hidden />}
                  loading={loading('docx')}
                  onClick={() => get('docx')}
                >
                  {t('docx')}
                </Button>
              </>
            ) : null}
          </Space>
        </div>
      ) : null}
      <Collapse
        items={[
          {
            key: 'figures',
            label: (
              <span>
                {t('figures', { year: plan.year })}
                <Typography.Text type="secondary" className="hide-small" style={{ marginInlineStart: 8 }}>
                  {t('figuresHint')}
                </Typography.Text>
              </span>
            ),
            children: <FiguresPanel planId={plan.id} />,
          },
        ]}
      />
      {plan.status === 'reviewed' && can('plan.manage') ? <ConcludeForm plan={plan} /> : null}
      {plan.status === 'draft' || plan.status === 'published' ? (
        <Alert type="info" showIcon title={t('notYet')} style={{ marginTop: 16 }} />
      ) : null}
    </Card>
  );
}
