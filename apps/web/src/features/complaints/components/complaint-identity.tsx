import { LockOutlined } from '@ant-design/icons';
import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Alert, Card, Descriptions, Typography } from 'antd';
import { t } from '../locale-complaint.ts';

/**
 * 投诉人: who complained, only as the server sent it. An anonymous complaint keeps no identity;
 * one the viewer may not see (no permission, or the agency complained about when the complainant
 * asked for confidentiality) says it is protected, and shows nothing else.
 */
export function ComplaintIdentity({ complaint: c }: { complaint: ComplaintDetail }) {
  return (
    <Card size="small" title={t('complainant')} data-testid="complaint-identity">
      {c.anonymous ? (
        <Typography.Text type="secondary">{t('anonymousComplaint')}</Typography.Text>
      ) : c.complainant ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'name', label: t('name'), children: c.complainant.name },
              { key: 'phone', label: t('phone'), children: c.complainant.phone },
              { key: 'id', label: t('idNumber'), children: c.complainant.idNumber ?? '—' },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.confidential ? t('identityConfidential') : t('identityAudited')}
          </Typography.Text>
        </>
      ) : (
        <Alert
          type="info"
          icon={<LockOutlined aria-hidden />}
          showIcon
          title={t('identityProtected')}
          description={c.confidential ? t('identityProtectedConfidential') : t('identityProtectedHint')}
        />
      )}
    </Card>
  );
}
