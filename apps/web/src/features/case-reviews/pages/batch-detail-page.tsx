import { ArrowLeftOutlined } from '@ant-design/icons';
import type { BatchDetail, SampledCase } from '@jiandu/contracts/case-reviews';
import { Alert, Card, Descriptions, Grid, Skeleton, Space, Tabs, Tag } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useBatch } from '../api/use-batch.ts';
import { useBatchResults } from '../api/use-batch-results.ts';
import { ProgressPanel } from '../components/progress-panel.tsx';
import { ResultsPanel } from '../components/results-panel.tsx';
import { ReviewersPanel } from '../components/reviewers-panel.tsx';
import { SamplePanel } from '../components/sample-panel.tsx';
import { BatchStatusTag } from '../components/status-tags.tsx';
import { VerifyButton } from '../components/verify-button.tsx';
import { t } from '../locale.ts';

const TABS = ['sample', 'reviewers', 'progress', 'results'] as const;
type Tab = (typeof TABS)[number];

function Header({ batch }: { batch: BatchDetail }) {
  const p = batch.progress;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
      <Descriptions.Item label={t('organizer')}>{batch.organizer.name}</Descriptions.Item>
      <Descriptions.Item label={t('period')}>
        {batch.periodFrom} ~ {batch.periodTo}
      </Descriptions.Item>
      <Descriptions.Item label={t('rubric')}>
        {batch.rubric.name} (v{batch.rubric.version})
      </Descriptions.Item>
      <Descriptions.Item label={t('settings')}>
        {t('settingsText', {
          perFile: batch.reviewersPerFile,
          gap: batch.scoreGap,
          days: batch.responseDays,
        })}
      </Descriptions.Item>
      <Descriptions.Item label={t('progress')}>
        <Space wrap size={4}>
          <span>{t('progressFiles', { files: p.files, assigned: p.assigned, scored: p.scored })}</span>
          <span>{t('progressSheets', { submitted: p.submitted, sheets: p.sheets })}</span>
          {p.needsConsensus ? (
            <Tag color="warning">{t('needsConsensus', { n: p.needsConsensus })}</Tag>
          ) : null}
        </Space>
      </Descriptions.Item>
      {batch.responseDue ? (
        <Descriptions.Item label={t('published')}>
          {t('responseDue', { date: batch.responseDue })}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** One batch: its header, then the draw, the reviewers, the progress and the results as tabs. */
export function BatchDetailPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { can } = useSession();
  const narrow = Grid.useBreakpoint().sm === false;
  const found = useBatch(id);
  const results = useBatchResults(id);
  const tab: Tab = TABS.find((x) => x === search.get('tab')) ?? 'sample';
  const back = (
    <Link to="..">
      <ArrowLeftOutlined aria-hidden /> {t('back')}
    </Link>
  );
  if (found.error) {
    const missing = found.error instanceof ApiError && found.error.status === 404;
    return (
      <Card title={back}>
        <Alert type="error" showIcon title={missing ? t('notFound') : problemText(found.error)} />
      </Card>
    );
  }
  const batch = found.data;
  if (!batch) return <Card title={back}>{<Skeleton active />}</Card>;
  const manage = can('review.manage') && batch.status === 'open';
  const cases: SampledCase[] = (results.data?.files ?? []).map((f) => ({
    seq: f.seq,
    caseId: f.case.id,
    externalId: f.case.externalId,
    title: f.case.title,
    kind: f.case.kind,
    closedOn: f.case.closedOn,
    agencyId: f.agency.id,
    agencyName: f.agency.name,
  }));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back} extra={<BatchStatusTag status={batch.status} />}>
        <h2 style={{ marginTop: 0, fontSize: 18 }}>{batch.name}</h2>
        <Header batch={batch} />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          tabBarGutter={narrow ? 12 : undefined}
          onChange={(key) => setSearch(key === 'sample' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'sample',
              label: t('tabSample'),
              children: (
                <SamplePanel
                  seed={batch.seed}
                  algorithm={batch.algorithm}
                  agencies={batch.targets}
                  cases={cases}
                  extra={can('review.manage') ? <VerifyButton batchId={batch.id} /> : null}
                />
              ),
            },
            {
              key: 'reviewers',
              label: t('tabReviewers'),
              children: <ReviewersPanel batch={batch} manage={manage} />,
            },
            {
              key: 'progress',
              label: t('tabProgress'),
              children: <ProgressPanel batch={batch} results={results} manage={manage} />,
            },
            {
              key: 'results',
              label: t('tabResults'),
              children: <ResultsPanel batch={batch} results={results} manage={can('review.manage')} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
