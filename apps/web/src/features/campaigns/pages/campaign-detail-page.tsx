import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCampaign } from '../api/use-campaign.ts';
import { CampaignActions } from '../components/campaign-actions.tsx';
import { CampaignOverview } from '../components/campaign-overview.tsx';
import { FindingsMatrix } from '../components/findings-matrix.tsx';
import { CampaignStatusTag } from '../components/status-tag.tsx';
import { t } from '../locale.ts';

const paragraph = { whiteSpace: 'pre-wrap' as const, marginBottom: 0 };

/**
 * One campaign: what it checks, where and when, its checklist and conclusion, and the results
 * agency by agency, from which problems become matters.
 */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const found = useCampaign(id);
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
  const campaign = found.data;
  if (!campaign) return <Card title={back}>{<Skeleton active />}</Card>;
  const checked = campaign.targets.filter((x) => x.checked).length;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="flex-start" wrap gap={12}>
            <Flex wrap gap={8} align="center" style={{ minWidth: 0 }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {campaign.title}
              </Typography.Title>
              <CampaignStatusTag status={campaign.status} />
            </Flex>
            <CampaignActions campaign={campaign} />
          </Flex>
          <CampaignOverview campaign={campaign} />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('description')} style={{ height: '100%' }}>
            <Typography.Paragraph style={paragraph}>{campaign.description}</Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('checklist')} style={{ height: '100%' }}>
            <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
              {campaign.checklist.map((item) => (
                <li key={item.code} style={{ display: 'flex', gap: 8, marginBottom: 6 }}>
                  <Typography.Text strong style={{ minWidth: 36 }}>
                    {item.code}
                  </Typography.Text>
                  <span>{item.text}</span>
                </li>
              ))}
            </ol>
          </Card>
        </Col>
      </Row>
      {campaign.conclusion ? (
        <Card title={t('conclusion')}>
          <Typography.Paragraph style={paragraph}>{campaign.conclusion}</Typography.Paragraph>
        </Card>
      ) : null}
      <Card title={`${t('results')} (${t('checkedOf', { checked, total: campaign.targets.length })})`}>
        <FindingsMatrix campaign={campaign} />
      </Card>
    </Space>
  );
}
