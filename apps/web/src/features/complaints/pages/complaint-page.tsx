import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Skeleton, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useComplaint } from '../api/use-complaint.ts';
import { complaintSteps } from '../complaint-steps.ts';
import { ComplaintActions } from '../components/complaint-actions.tsx';
import { ComplaintDeadlines } from '../components/complaint-deadlines.tsx';
import { ComplaintHeader } from '../components/complaint-header.tsx';
import { ComplaintIdentity } from '../components/complaint-identity.tsx';
import { ComplaintLinks } from '../components/complaint-links.tsx';
import { ComplaintOutcome } from '../components/complaint-outcome.tsx';
import { ComplaintReviews, ConcludedRepeatAlert } from '../components/complaint-reviews.tsx';
import { ComplaintTimeline } from '../components/complaint-timeline.tsx';
import { t } from '../locale-complaint.ts';

/**
 * One complaint: its header and the steps valid now, then its deadlines, outcome and history
 * beside who complained and the related complaints and files. The cards stack on a phone.
 */
export function ComplaintPage() {
  const { id = '' } = useParams();
  const { can, session } = useSession();
  const found = useComplaint(id);
  const back = (
    <Link to="/complaints">
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
  const c = found.data;
  if (!c) return <Card title={back}>{<Skeleton active />}</Card>;
  const label = session ? `${session.user.displayName}(${session.user.orgName})` : '';
  const steps = complaintSteps(c, { can, label });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <ComplaintHeader complaint={c} />
          <ConcludedRepeatAlert complaint={c} />
          <ComplaintActions complaint={c} steps={steps} />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ComplaintDeadlines complaint={c} />
            <ComplaintReviews complaint={c} />
            <ComplaintOutcome complaint={c} />
            <ComplaintTimeline complaint={c} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ComplaintIdentity complaint={c} />
            <ComplaintLinks complaint={c} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
