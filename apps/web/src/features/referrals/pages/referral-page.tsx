import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Skeleton, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useReferral } from '../api/use-referral.ts';
import { ReferralActions } from '../components/referral-actions.tsx';
import { ReferralAnswers } from '../components/referral-answers.tsx';
import { ReferralApprovals } from '../components/referral-approvals.tsx';
import { ReferralDeadlines } from '../components/referral-deadlines.tsx';
import { ReferralHeader } from '../components/referral-header.tsx';
import { ReferralMaterials } from '../components/referral-materials.tsx';
import { ReferralTimeline } from '../components/referral-timeline.tsx';
import { t } from '../locale-referral.ts';

/**
 * One referral: its header and the steps allowed now, then its deadlines with their rules, the
 * approval rounds, the sending and the answers, the materials, beside its history. The cards stack
 * on a phone.
 */
export function ReferralPage() {
  const { id = '' } = useParams();
  const found = useReferral(id);
  const back = (
    <Link to="/referrals">
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
  const r = found.data;
  if (!r)
    return (
      <Card title={back}>
        <Skeleton active />
      </Card>
    );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <ReferralHeader referral={r} />
          <ReferralActions referral={r} />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ReferralDeadlines referral={r} />
            <ReferralAnswers referral={r} />
            <ReferralApprovals referral={r} />
            <ReferralMaterials referral={r} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <ReferralTimeline referral={r} />
        </Col>
      </Row>
    </Space>
  );
}
