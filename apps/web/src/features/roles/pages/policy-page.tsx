import { Alert, Card, Skeleton, Typography } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useSecurityPolicy } from '../api/use-security-policy.ts';
import { PolicyForm } from '../components/policy-form.tsx';
import { t } from '../locale.ts';

/** 安全策略: password profile, lockout, session limits and the second factor, kept by the security administrator. */
export default function PolicyPage() {
  const { can } = useSession();
  const policy = useSecurityPolicy();
  const editable = can('policy.write');
  return (
    <Card title={t('policyTitle')}>
      <Typography.Paragraph type="secondary">{t('policyIntro')}</Typography.Paragraph>
      {editable ? null : (
        <Alert type="info" showIcon title={t('policyReadOnly')} style={{ marginBottom: 16 }} />
      )}
      {policy.error ? <Alert type="error" showIcon title={problemText(policy.error)} /> : null}
      {policy.data ? (
        <PolicyForm policy={policy.data} editable={editable} />
      ) : (
        <Skeleton active loading={policy.isLoading} />
      )}
    </Card>
  );
}
