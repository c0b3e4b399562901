import type { GradeFigures } from '@jiandu/contracts/case-reviews';
import { Card, Col, Row, Statistic } from 'antd';
import { t } from '../locale-team.ts';

/** Files, graded, average, pass rate and the count of each grade, as a row of figures. */
export function GradeFiguresView({ figures }: { figures: GradeFigures }) {
  const items: [string, string | number][] = [
    [t('files'), figures.files],
    [t('scored'), figures.scored],
    [t('average'), figures.averageScore ?? '—'],
    [t('passRate'), figures.passRate === null ? '—' : `${figures.passRate}%`],
    [t('excellent'), figures.grades.excellent],
    [t('good'), figures.grades.good],
    [t('pass'), figures.grades.pass],
    [t('fail'), figures.grades.fail],
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map(([title, value]) => (
        <Col key={title} xs={12} sm={6} xl={3}>
          <Card size="small">
            <Statistic title={title} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
