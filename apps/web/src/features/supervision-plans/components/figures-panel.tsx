import type { PlanFigures } from '@jiandu/contracts/supervision-plans';
import { Alert, Card, Col, Row, Skeleton, Statistic } from 'antd';
import { problemText } from '../../../lib/problem.ts';
import { usePlanFigures } from '../api/use-plan-figures.ts';
import { noticeKindLabel, originLabel, problemLabel } from '../labels.ts';
import { t } from '../locale-year-end.ts';
import { CountList, countsOf } from './count-list.tsx';

type Key = Parameters<typeof t>[0];

/** A group of figures (监督事项, 监督文书 …) as statistics, two to a row. */
function FigureGroup({ title, items }: { title: Key; items: [Key, number, boolean?][] }) {
  return (
    <Card size="small" title={t(title)} style={{ height: '100%' }}>
      <Row gutter={[12, 12]}>
        {items.map(([label, value, danger]) => (
          <Col span={12} key={label}>
            <Statistic
              title={t(label)}
              value={value}
              styles={{ content: { fontSize: 22, color: danger && value > 0 ? '#c41d2f' : undefined } }}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function Figures({ f }: { f: PlanFigures }) {
  const groups: { title: Key; items: [Key, number, boolean?][] }[] = [
    {
      title: 'matters',
      items: [
        ['opened', f.matters.opened],
        ['closed', f.matters.closed],
        ['open', f.matters.open],
        ['overdue', f.matters.overdue, true],
      ],
    },
    {
      title: 'notices',
      items: [
        ['issued', f.notices.issued],
        ['accepted', f.notices.accepted],
        ['objections', f.notices.objections],
        ['escalations', f.notices.escalations],
      ],
    },
    {
      title: 'warnings',
      items: [
        ['found', f.warnings.found],
        ['resolved', f.warnings.resolved],
        ['toMatters', f.warnings.toMatters],
        ['dismissed', f.warnings.dismissed],
      ],
    },
    {
      title: 'campaigns',
      items: [
        ['held', f.campaigns.held],
        ['findings', f.campaigns.findings],
        ['problems', f.campaigns.problems, true],
      ],
    },
    {
      title: 'tasks',
      items: [
        ['total', f.tasks.total],
        ['done', f.tasks.done],
        ['dropped', f.tasks.dropped],
      ],
    },
  ];
  const rules = f.warnings.topRules.map((r) => ({ key: r.ruleCode, label: r.name, count: r.count }));
  return (
    <Row gutter={[12, 12]}>
      {groups.map((g) => (
        <Col key={g.title} xs={24} md={12} xl={8}>
          <FigureGroup title={g.title} items={g.items} />
        </Col>
      ))}
      <Col xs={24} lg={12}>
        <CountList
          title={t('byOrigin')}
          counts={countsOf(f.matters.byOrigin, originLabel)}
          colour="#1f5fbf"
        />
      </Col>
      <Col xs={24} lg={12}>
        <CountList
          title={t('byProblem')}
          counts={countsOf(f.matters.byProblem, problemLabel)}
          colour="#d46b08"
        />
      </Col>
      <Col xs={24} lg={12}>
        <CountList
          title={t('byKind')}
          counts={countsOf(f.notices.byKind, noticeKindLabel)}
          colour="#389e0d"
        />
      </Col>
      <Col xs={24} lg={12}>
        <CountList title={t('topRules')} counts={rules} colour="#c41d2f" />
      </Col>
    </Row>
  );
}

/** The plan year's figures, fetched when the panel is first opened. */
export function FiguresPanel({ planId }: { planId: string }) {
  const figures = usePlanFigures(planId);
  if (figures.error) return <Alert type="error" showIcon title={problemText(figures.error)} />;
  if (!figures.data) return <Skeleton active />;
  return <Figures f={figures.data} />;
}
