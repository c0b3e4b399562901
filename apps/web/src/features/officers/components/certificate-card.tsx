import { HistoryOutlined, LinkOutlined } from '@ant-design/icons';
import type { Officer } from '@jiandu/contracts/officers';
import { Button, Card, Col, Collapse, Descriptions, Flex, Image, Row, Space, Tag, Typography } from 'antd';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { useCertificate } from '../api/use-certificate.ts';
import { daysUntil } from '../format.ts';
import { typeLabel } from '../labels.ts';
import { t } from '../locale-detail.ts';
import { CertificateStatusTag } from './certificate-status-tag.tsx';
import { CertificateTimeline } from './certificate-timeline.tsx';
import { ValidityCheck } from './validity-check.tsx';

export type OfficerCertificate = Officer['certificates'][number];

interface Props {
  certificate: OfficerCertificate;
  canManage: boolean;
  onChangeStatus: (certificate: OfficerCertificate) => void;
}

/** How soon a certificate expires, when it matters (within 60 days or past). */
function ExpiryHint({ date, status }: { date: string; status: OfficerCertificate['status'] }) {
  if (status !== 'valid' && status !== 'suspended') return null;
  const days = daysUntil(date);
  if (days > 60) return null;
  if (days < 0) return <Tag color="red">{t('expiredDaysAgo', { days: -days })}</Tag>;
  return <Tag color={days <= 7 ? 'red' : days <= 30 ? 'orange' : 'gold'}>{t('expiresInDays', { days })}</Tag>;
}

/**
 * One certificate: number, type, status, dates; its public 亮证 page and QR code; its status
 * history; a "valid on date" check; and the status change for those who manage certificates.
 */
export function CertificateCard({ certificate: c, canManage, onChangeStatus }: Props) {
  const details = useCertificate(c.id).data;
  const publicPath = `/certificates/${encodeURIComponent(c.number)}`;
  const changeable = c.status === 'valid' || c.status === 'suspended';
  return (
    <Card
      size="small"
      data-testid={`certificate-${c.number}`}
      title={
        <Space wrap size={8}>
          <Typography.Text strong copyable style={{ fontFamily: 'monospace' }}>
            {c.number}
          </Typography.Text>
          <Typography.Text type="secondary">{typeLabel(c.type)}</Typography.Text>
          <CertificateStatusTag status={c.status} />
        </Space>
      }
      extra={
        canManage && changeable ? (
          <Button size="small" onClick={() => onChangeStatus(c)}>
            {t('changeStatus')}
          </Button>
        ) : null
      }
    >
      <Row gutter={[16, 12]}>
        <Col xs={24} md={17}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              ...(details
                ? [
                    { key: 'authority', label: t('issuingAuthority'), children: details.issuingAuthority },
                    { key: 'issue', label: t('issueDate'), children: details.issueDate },
                    {
                      key: 'fields',
                      label: t('fields'),
                      children: details.fields.map((f) => <Tag key={f}>{fieldLabel(f)}</Tag>),
                    },
                  ]
                : []),
              {
                key: 'expiry',
                label: t('expiryDate'),
                children: (
                  <Space size={6}>
                    {c.expiryDate}
                    <ExpiryHint date={c.expiryDate} status={c.status} />
                  </Space>
                ),
              },
            ]}
          />
          <ValidityCheck certificateId={c.id} />
          <Collapse
            ghost
            size="small"
            style={{ marginTop: 8 }}
            items={[
              {
                key: 'events',
                label: (
                  <span>
                    <HistoryOutlined aria-hidden /> {t('statusHistory')}
                  </span>
                ),
                children: <CertificateTimeline certificateId={c.id} />,
              },
            ]}
          />
        </Col>
        <Col xs={24} md={7}>
          <Flex vertical align="center" gap={4}>
            <Image
              src={`/api/public/certificates/${encodeURIComponent(c.number)}/qr.svg`}
              alt={t('qrOf', { number: c.number })}
              width={120}
              height={120}
              preview={{ mask: t('enlarge') }}
            />
            <a href={publicPath} target="_blank" rel="noreferrer">
              <LinkOutlined aria-hidden /> {t('publicPage')}
            </a>
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}
