import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useRegionNamed } from '../../../components/region-select/use-regions.ts';
import { categoryLabel, channelLabel } from '../labels.ts';
import { t } from '../locale-complaint.ts';
import { DuplicateBadge, StatusTag } from './complaint-tags.tsx';

const pre = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
const tag = { marginInlineEnd: 0 } as const;

/** The top of a complaint's page: code, title and tags; whom it is about, where, and what it says. */
export function ComplaintHeader({ complaint: c }: { complaint: ComplaintDetail }) {
  const region = useRegionNamed(c.regionCode);
  const optional = (key: string, label: string, value: ReactNode) =>
    value ? [{ key, label, children: value }] : [];
  return (
    <div>
      <Typography.Text type="secondary" copyable style={{ fontSize: 13 }} data-testid="tracking-code">
        {c.trackingCode}
      </Typography.Text>
      <Typography.Title level={4} style={{ margin: '4px 0 8px', wordBreak: 'break-word' }}>
        {c.title}
      </Typography.Title>
      <Flex wrap gap={6} style={{ marginBottom: 12 }}>
        <StatusTag status={c.status} />
        {c.overdue ? (
          <Tag color="red" style={tag}>
            {t('overdue')}
          </Tag>
        ) : null}
        <Tag style={tag}>{channelLabel(c.channel)}</Tag>
        <Tag style={tag}>{categoryLabel(c.category)}</Tag>
        {c.profile === 'petition' ? (
          <Tag color="purple" style={tag}>
            {t('petitionProfile')}
          </Tag>
        ) : null}
        {c.confidential ? (
          <Tag color="orange" style={tag}>
            {t('confidential')}
          </Tag>
        ) : null}
        <DuplicateBadge count={c.duplicateCount} />
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'org', label: t('handlingOrg'), children: c.orgName },
          { key: 'agency', label: t('agency'), children: c.agencyName ?? c.target.agencyName ?? '—' },
          ...optional(
            'officer',
            t('officer'),
            c.target.certificateNumber
              ? t('officerWithCertificate', {
                  name: c.target.officerName ?? '—',
                  number: c.target.certificateNumber,
                })
              : c.target.officerName,
          ),
          ...optional(
            'case',
            t('case'),
            c.target.caseId ? (
              <Link to={`/cases/${encodeURIComponent(c.target.caseId)}`}>
                {c.target.caseNumber ?? c.target.caseId}
              </Link>
            ) : (
              c.target.caseNumber
            ),
          ),
          { key: 'region', label: t('region'), children: region.data?.fullName ?? c.regionCode },
          { key: 'registered', label: t('registeredOn'), children: c.registeredOn },
          ...optional('accepted', t('acceptedOn'), c.acceptedOn),
          ...optional('transferred', t('transferredTo'), c.transferredTo),
          ...optional('closed', t('closedOn'), c.closedOn),
          ...optional(
            'matter',
            t('matter'),
            c.matterId ? (
              <Link to={`/matters/${encodeURIComponent(c.matterId)}`}>{t('openLinkedMatter')}</Link>
            ) : null,
          ),
        ]}
      />
      {/* Apart from the short facts above: in their grid the long text would squeeze its row's columns. */}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('content')}
      </Typography.Text>
      <Typography.Paragraph style={{ ...pre, margin: '4px 0 0' }} data-testid="complaint-content">
        {c.content}
      </Typography.Paragraph>
    </div>
  );
}
