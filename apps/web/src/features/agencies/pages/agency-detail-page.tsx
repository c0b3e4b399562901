import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { errorText } from '../../../lib/form-errors.ts';
import { useAgency } from '../api/use-agency.ts';
import { DraftFormModal } from '../components/draft-form-modal.tsx';
import { HistoryTimeline } from '../components/history-timeline.tsx';
import { QualificationOnCheck } from '../components/qualification-on-check.tsx';
import { QualificationView } from '../components/qualification-view.tsx';
import { StaffingCard } from '../components/staffing-card.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { WorkflowButtons } from '../components/workflow-buttons.tsx';
import { statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

/** One agency: its qualification in force, the version in progress, the workflow, staffing and history. */
export function AgencyDetailPage() {
  const { orgId = '' } = useParams();
  const { can } = useSession();
  const agency = useAgency(orgId);
  const [editing, setEditing] = useState(false);
  const back = (
    <Link to="..">
      <ArrowLeftOutlined /> {t('back')}
    </Link>
  );
  if (agency.error)
    return (
      <Card title={back}>
        <Alert type="error" showIcon title={errorText(agency.error)} />
      </Card>
    );
  const d = agency.data;
  if (!d) return <Card title={back}>{<Skeleton active />}</Card>;
  const a = d.agency;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <Space orientation="vertical" size={4}>
            <Space wrap>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {a.name}
              </Typography.Title>
              <StatusTag status={a.status} />
              {a.pendingStatus ? (
                <Tag color="orange">{t('pending', { status: statusLabel(a.pendingStatus) })}</Tag>
              ) : null}
            </Space>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'code', label: t('creditCode'), children: a.creditCode ?? '—' },
                { key: 'region', label: t('region'), children: a.regionName ?? a.regionCode },
                { key: 'parent', label: t('parent'), children: a.parentName ?? '—' },
              ]}
            />
          </Space>
          <WorkflowButtons detail={d} onEdit={() => setEditing(true)} />
        </Flex>
        {d.reviewNote ? <Alert type="info" showIcon title={d.reviewNote} style={{ marginTop: 12 }} /> : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('current')} size="small">
              {d.current ? (
                <QualificationView version={d.current} />
              ) : (
                <Empty description={t('noQualification')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
              )}
            </Card>
            {d.pending ? (
              <Card title={t('pendingTitle', { n: d.pending.version })} size="small">
                <QualificationView version={d.pending} />
              </Card>
            ) : null}
            {can('officer.read') ? <StaffingCard orgId={a.orgId} enabled /> : null}
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <QualificationOnCheck orgId={a.orgId} />
            </Card>
            <Card title={t('history')} size="small">
              <HistoryTimeline events={d.events} />
            </Card>
          </Space>
        </Col>
      </Row>
      {editing ? <DraftFormModal detail={d} onClose={() => setEditing(false)} /> : null}
    </Space>
  );
}
