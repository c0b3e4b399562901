import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Grid, Skeleton, Space, Tabs, Tag } from 'antd';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCase } from '../api/use-case.ts';
import { useCaseWarnings } from '../api/use-case-warnings.ts';
import { CaseActions } from '../components/case-actions.tsx';
import { CaseFacts } from '../components/case-facts.tsx';
import { CaseHeader } from '../components/case-header.tsx';
import { CaseTimeline } from '../components/case-timeline.tsx';
import { CaseWarnings } from '../components/case-warnings.tsx';
import { DeadlineTable } from '../components/deadline-table.tsx';
import { EvidencePanel } from '../components/evidence-panel.tsx';
import { PublicityPanel } from '../components/publicity-panel.tsx';
import { VersionTable } from '../components/version-table.tsx';
import { listSearchOf } from '../list-params.ts';
import { t } from '../locale.ts';
import { t as tp } from '../locale-publicity.ts';
import { t as tw } from '../locale-warnings.ts';
import { isPublishedKind } from '../stages.ts';

const TABS = ['timeline', 'deadlines', 'evidence', 'publicity', 'warnings', 'versions'] as const;
type Tab = (typeof TABS)[number];

/**
 * One case: its header, the actions on it and its facts, then its stages, deadlines, evidence,
 * publications (for penalties and licences) and versions as tabs.
 */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const found = useCase(id);
  const readsWarnings = useSession().can('warning.read');
  const warnings = useCaseWarnings(id, readsWarnings);
  const { state } = useLocation();
  // On a phone the tabs must fit without antd's overflow menu, which is not an accessible tab.
  const narrow = Grid.useBreakpoint().sm === false;
  // Counts in tab labels cost the width a phone does not have.
  const counted = (label: string, n: number) => (narrow || n === 0 ? label : `${label} (${n})`);
  const listSearch = listSearchOf(state);
  const tab: Tab = TABS.find((x) => x === search.get('tab')) ?? 'timeline';
  const back = (
    <Link to={{ pathname: '..', search: listSearch }}>
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
  const d = found.data;
  if (!d) return <Card title={back}>{<Skeleton active />}</Card>;
  // A sixth tab does not fit a phone's width; there the warnings follow the tabs as their own card.
  const warningTab = readsWarnings && !narrow;
  const shown: Tab =
    (tab === 'publicity' && !isPublishedKind(d)) || (tab === 'warnings' && !warningTab) ? 'timeline' : tab;
  const openWarnings = warnings.data?.items.filter((w) => w.status === 'open').length ?? 0;
  const late = d.deadlines.filter((x) => x.state === 'overdue' || x.state === 'met_late').length;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <CaseHeader detail={d} />
          <CaseActions detail={d} />
          <CaseFacts detail={d} />
        </Space>
      </Card>
      <Card>
        <Tabs
          activeKey={shown}
          tabBarGutter={narrow ? 16 : undefined}
          onChange={(key) =>
            // The state goes along, so the back link still knows the list this case came from.
            setSearch(key === 'timeline' ? {} : { tab: key }, { replace: true, state })
          }
          items={[
            { key: 'timeline', label: t('tabTimeline'), children: <CaseTimeline timeline={d.timeline} /> },
            {
              key: 'deadlines',
              label: (
                <Space size={6}>
                  {t('tabDeadlines')}
                  {late ? (
                    <Tag color="error" style={{ marginInlineEnd: 0 }}>
                      {t('lateShort', { n: late })}
                    </Tag>
                  ) : null}
                </Space>
              ),
              children: <DeadlineTable deadlines={d.deadlines} pending={d.deadlinesPending} />,
            },
            {
              key: 'evidence',
              label: narrow ? t('tabEvidence') : `${t('tabEvidence')} (${d.evidence.length})`,
              children: <EvidencePanel detail={d} />,
            },
            ...(isPublishedKind(d)
              ? [
                  {
                    key: 'publicity',
                    label: counted(tp('tab'), d.publications.length),
                    children: <PublicityPanel detail={d} />,
                  },
                ]
              : []),
            ...(warningTab
              ? [
                  {
                    key: 'warnings',
                    label: (
                      <Space size={6}>
                        {tw('tab')}
                        {openWarnings ? (
                          <Tag color="error" style={{ marginInlineEnd: 0 }}>
                            {tw('openShort', { n: openWarnings })}
                          </Tag>
                        ) : null}
                      </Space>
                    ),
                    children: <CaseWarnings query={warnings} />,
                  },
                ]
              : []),
            {
              key: 'versions',
              label: t('tabVersions'),
              children: <VersionTable versions={d.versions} current={d.summary.version} />,
            },
          ]}
        />
      </Card>
      {readsWarnings && narrow ? (
        <Card
          title={tw('tab')}
          extra={openWarnings ? <Tag color="error">{tw('openShort', { n: openWarnings })}</Tag> : null}
        >
          <CaseWarnings query={warnings} />
        </Card>
      ) : null}
    </Space>
  );
}
