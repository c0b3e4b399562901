import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { noticeKindLabel } from '../../../components/notices/labels.ts';
import { NoticeStatusTag, OverdueTag } from '../../../components/notices/notice-tags.tsx';
import { NoticeView } from '../../../components/notices/notice-view.tsx';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useNotice } from '../api/use-notice.ts';
import { useReceiveNotice } from '../api/use-receive-notice.ts';
import { ObjectionForm } from '../components/objection-form.tsx';
import { ResponseForm } from '../components/response-form.tsx';
import { t } from '../locale.ts';

/**
 * One supervision notice: its text, dates and documents, and for the agency 签收, the rectification
 * reports and the review request; supervisors read it without the agency's actions.
 */
export function NoticePage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const { message } = App.useApp();
  const found = useNotice(id);
  const receive = useReceiveNotice(id);
  const back = (
    <Link to="/notices">
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
  const n = found.data;
  if (!n) return <Card title={back}>{<Skeleton active />}</Card>;
  const responds = can('matter.respond');
  const sign = () =>
    receive.mutateAsync().then(
      () => message.success(t('received')),
      (e: unknown) => message.error(problemText(e)),
    );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {noticeKindLabel(n.kind)}
          </Typography.Title>
          <NoticeStatusTag status={n.status} />
          {n.status === 'issued' ? <OverdueTag days={n.overdueDays} /> : null}
        </Flex>
        <Typography.Paragraph copyable style={{ marginBottom: 12 }}>
          {n.number}
        </Typography.Paragraph>
        {responds && !n.readAt ? (
          <Alert
            type="warning"
            showIcon
            title={t('receiveHint')}
            action={
              <Button
                type="primary"
                icon={<CheckOutlined aria-hidden />}
                loading={receive.isPending}
                onClick={sign}
              >
                {t('receive')}
              </Button>
            }
            style={{ marginBottom: 12, flexWrap: 'wrap', rowGap: 8 }}
          />
        ) : null}
        <NoticeView
          notice={n}
          matterLink={
            <Link to={`/matters/${encodeURIComponent(n.matterId)}`} style={{ wordBreak: 'break-word' }}>
              {n.matterTitle} ({n.matterNumber})
            </Link>
          }
        />
      </Card>
      {responds ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <ResponseForm notice={n} />
          </Col>
          <Col xs={24} xl={10}>
            <ObjectionForm notice={n} />
          </Col>
        </Row>
      ) : null}
    </Space>
  );
}
