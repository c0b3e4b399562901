import {
  ArrowLeftOutlined,
  EditOutlined,
  SafetyCertificateOutlined,
  SwapOutlined,
  UserDeleteOutlined,
} from '@ant-design/icons';
import type { Officer } from '@jiandu/contracts/officers';
import { Alert, Button, Card, Empty, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { useOfficer } from '../api/use-officer.ts';
import { CertificateCard, type OfficerCertificate } from '../components/certificate-card.tsx';
import { ExamsPanel } from '../components/exams-panel.tsx';
import { IssueCertificateModal } from '../components/issue-certificate-modal.tsx';
import { LeaveModal } from '../components/leave-modal.tsx';
import { OfficerFormModal } from '../components/officer-form-modal.tsx';
import { OfficerInfo } from '../components/officer-info.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PostHistory } from '../components/post-history.tsx';
import { StatusChangeModal } from '../components/status-change-modal.tsx';
import { TrainingsPanel } from '../components/trainings-panel.tsx';
import { TransferModal } from '../components/transfer-modal.tsx';
import { t } from '../locale-detail.ts';

type Dialog =
  | { kind: 'edit' | 'transfer' | 'leave' | 'issue' }
  | { kind: 'status'; certificate: OfficerCertificate };

const back = (
  <Link to="..">
    <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} style={{ paddingInline: 0 }}>
      {t('backToList')}
    </Button>
  </Link>
);

function Certificates({
  officer,
  canManage,
  onChange,
}: {
  officer: Officer;
  canManage: boolean;
  onChange: (c: OfficerCertificate) => void;
}) {
  if (!officer.certificates.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCertificate')} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {officer.certificates.map((c) => (
        <CertificateCard key={c.id} certificate={c} canManage={canManage} onChangeStatus={onChange} />
      ))}
    </Space>
  );
}

/** One officer: basic information, certificates (status, history, validity, QR), posts, training and exams. */
export function OfficerDetailPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const officer = useOfficer(id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  if (officer.isLoading) return <Spin size="large" style={{ display: 'block', marginTop: 80 }} />;
  if (officer.error instanceof ApiError && officer.error.status === 404)
    return (
      <Result status="404" title={t('officerNotFound')} subTitle={problemText(officer.error)} extra={back} />
    );
  if (officer.error || !officer.data)
    return (
      <>
        {back}
        <Alert type="error" showIcon title={problemText(officer.error)} />
      </>
    );

  const o = officer.data;
  const active = o.status === 'active';
  const canWrite = can('officer.write');
  const canManage = can('certificate.manage');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {back}
      <Card>
        <PageHeader
          title={
            <Space wrap size={8}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {o.name}
              </Typography.Title>
              {active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('left')}</Tag>}
              {o.legalReviewer ? <Tag color="blue">{t('legalReviewerTag')}</Tag> : null}
              {o.legalQualification ? <Tag color="purple">{t('legalQualificationTag')}</Tag> : null}
            </Space>
          }
          actions={
            <>
              {canWrite && active ? (
                <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog({ kind: 'edit' })}>
                  {t('edit')}
                </Button>
              ) : null}
              {canManage && active ? (
                <Button
                  type="primary"
                  icon={<SafetyCertificateOutlined aria-hidden />}
                  onClick={() => setDialog({ kind: 'issue' })}
                >
                  {t('issueCertificate')}
                </Button>
              ) : null}
              {canWrite && active ? (
                <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog({ kind: 'transfer' })}>
                  {t('transfer')}
                </Button>
              ) : null}
              {canWrite && active ? (
                <Button
                  danger
                  icon={<UserDeleteOutlined aria-hidden />}
                  onClick={() => setDialog({ kind: 'leave' })}
                >
                  {t('leave')}
                </Button>
              ) : null}
            </>
          }
        />
        <OfficerInfo officer={o} />
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          items={[
            {
              key: 'certificates',
              label: t('certificatesTab', { count: o.certificates.length }),
              children: (
                <Certificates
                  officer={o}
                  canManage={canManage}
                  onChange={(certificate) => setDialog({ kind: 'status', certificate })}
                />
              ),
            },
            { key: 'posts', label: t('postsTab'), children: <PostHistory officerId={o.id} /> },
            {
              key: 'trainings',
              label: t('trainingsTab'),
              children: <TrainingsPanel officerId={o.id} orgId={o.orgId} canWrite={canWrite} />,
            },
            {
              key: 'exams',
              label: t('examsTab'),
              children: <ExamsPanel officerId={o.id} canWrite={canWrite} />,
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'edit' ? <OfficerFormModal officer={o} onClose={close} /> : null}
      {dialog?.kind === 'issue' ? <IssueCertificateModal officer={o} onClose={close} /> : null}
      {dialog?.kind === 'transfer' ? <TransferModal officer={o} onClose={close} /> : null}
      {dialog?.kind === 'leave' ? <LeaveModal officer={o} onClose={close} /> : null}
      {dialog?.kind === 'status' ? (
        <StatusChangeModal certificate={dialog.certificate} onClose={close} />
      ) : null}
    </Space>
  );
}
