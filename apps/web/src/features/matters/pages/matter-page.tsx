import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Skeleton, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useMatter } from '../api/use-matter.ts';
import { MatterActions } from '../components/matter-actions.tsx';
import { MatterHeader } from '../components/matter-header.tsx';
import { MatterHistory } from '../components/matter-history.tsx';
import { MatterLinks } from '../components/matter-links.tsx';
import { NoticesCard } from '../components/notices-card.tsx';
import { RecordsCard } from '../components/records-card.tsx';
import { SupervisorsCard } from '../components/supervisors-card.tsx';
import { t } from '../locale-matter.ts';
import { matterSteps } from '../matter-steps.ts';

/**
 * One supervision matter: its header and the steps on it, then its notices and investigation
 * records beside its supervisors, cases and warnings, and its history. The cards stack on a phone.
 */
export function MatterPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const found = useMatter(id);
  const back = (
    <Link to="/matters">
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
  const m = found.data;
  if (!m) return <Card title={back}>{<Skeleton active />}</Card>;
  const handles = can('matter.handle');
  const steps = matterSteps(m);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <MatterHeader matter={m} />
          {handles ? <MatterActions matter={m} steps={steps} /> : null}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <NoticesCard
              matter={m}
              step={handles ? steps.issue : null}
              handles={handles}
              responds={can('matter.respond')}
            />
            <RecordsCard matter={m} step={handles ? steps.record : null} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <SupervisorsCard matter={m} canAssign={handles && steps.assign.allowed} />
            <MatterLinks matter={m} />
            <MatterHistory matter={m} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
