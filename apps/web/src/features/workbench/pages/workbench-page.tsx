import { Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { useLoginHistory } from '../api/use-login-history.ts';
import { MatterDeskCard } from '../components/matter-desk-card.tsx';
import { formatTime } from '../format.ts';
import { t } from '../locale.ts';

const RESULT_COLOR: Record<string, string> = {
  success: 'green',
  logout: 'default',
  failure: 'red',
  locked: 'red',
  otp_failure: 'orange',
  timeout: 'default',
};

/** The landing page: who the user is, where they sit, what they may see, and their recent sign-ins. */
export default function WorkbenchPage() {
  const { session, can } = useSession();
  const history = useLoginHistory();
  if (!session) return null;
  return (
    <>
      <Typography.Title level={3}>{t('welcome', { name: session.user.displayName })}</Typography.Title>
      <Row gutter={[16, 16]}>
        {can('matter.read') ? (
          <Col xs={24}>
            <MatterDeskCard />
          </Col>
        ) : null}
        <Col xs={24} lg={12}>
          <Card title={t('scope')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('org')}>{session.user.orgName}</Descriptions.Item>
            </Descriptions>
            {session.scopes.length ? (
              <ul style={{ paddingLeft: 18, margin: 0 }}>
                {session.scopes.map((s) => (
                  <li key={s.permission}>{s.label}</li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">{t('noScope')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('history')}>
            <Table
              size="small"
              rowKey={(r) => `${r.at}${r.result}`}
              loading={history.isLoading}
              dataSource={history.data?.slice(0, 8) ?? []}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('at'), dataIndex: 'at', render: formatTime },
                {
                  title: t('result'),
                  dataIndex: 'result',
                  render: (r: string) => <Tag color={RESULT_COLOR[r]}>{t(r as 'success')}</Tag>,
                },
                { title: t('ip'), dataIndex: 'ip' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
