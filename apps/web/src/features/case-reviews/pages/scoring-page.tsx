import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAssignment } from '../api/use-assignment.ts';
import { CaseFileView } from '../components/case-file-view.tsx';
import { ScoreSheetForm } from '../components/score-sheet-form.tsx';
import { SheetView } from '../components/sheet-view.tsx';
import { sheetStatusLabel } from '../labels.ts';
import { t } from '../locale-scoring.ts';

/** One assigned file: the case file on the left, the score sheet on the right (stacked on a phone). */
export function ScoringPage() {
  const { id = '' } = useParams();
  const found = useAssignment(id);
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
  const d = found.data;
  if (!d) return <Card title={back}>{<Skeleton active />}</Card>;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back} extra={<Tag>{sheetStatusLabel(d.status)}</Tag>}>
        <Typography.Text strong>{d.batch.name}</Typography.Text>
        <div>
          <Typography.Text type="secondary">
            {d.case.externalId} · {d.agencyName} · {d.rubric.name} (v{d.rubric.version})
          </Typography.Text>
        </div>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card title={t('caseFile')} style={{ position: 'sticky', top: 16 }}>
            <CaseFileView detail={d.caseFile} />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card title={t('sheet')}>
            {d.editable ? <ScoreSheetForm key={d.id} detail={d} /> : <SheetView detail={d} />}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
