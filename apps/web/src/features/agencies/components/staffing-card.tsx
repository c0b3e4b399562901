import { WarningOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useAgencyStaffing } from '../api/use-agency-staffing.ts';
import { t } from '../locale.ts';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** 人员配备: officers, legal reviewers against the target, training shortfall and certificates expiring. */
export function StaffingCard({ orgId, enabled }: { orgId: string; enabled: boolean }) {
  const staffing = useAgencyStaffing(orgId, enabled);
  const s = staffing.data;
  return (
    <Card title={t('staffing')} size="small" loading={staffing.isLoading}>
      {!s ? (
        <Empty description={t('staffingUnavailable')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('officers')} value={s.officers} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('legalReviewers')} value={s.legalReviewers} />
            <Space size={4} wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('legalReviewerShare', {
                  share: percent(s.legalReviewerShare),
                  target: percent(s.legalReviewerTarget),
                })}
              </Typography.Text>
              {s.legalReviewerShortfall ? (
                <Tag color="warning" icon={<WarningOutlined />}>
                  {t('shortfall')}
                </Tag>
              ) : null}
            </Space>
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('belowTraining')} value={s.officersBelowTraining} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('trainingTarget', { hours: s.trainingHoursTarget })}
            </Typography.Text>
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('expired')} value={s.certificatesExpired} />
          </Col>
          <Col span={24}>
            <Typography.Text type="secondary">{t('expiring')}: </Typography.Text>
            <Space size={4} wrap>
              <Tag color={s.certificatesExpiring.within7 ? 'error' : 'default'}>
                {t('within', { days: 7 })} {s.certificatesExpiring.within7}
              </Tag>
              <Tag color={s.certificatesExpiring.within30 ? 'warning' : 'default'}>
                {t('within', { days: 30 })} {s.certificatesExpiring.within30}
              </Tag>
              <Tag>
                {t('within', { days: 60 })} {s.certificatesExpiring.within60}
              </Tag>
            </Space>
          </Col>
        </Row>
      )}
    </Card>
  );
}
