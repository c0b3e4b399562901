import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Card, Flex, Tag, Typography } from 'antd';
import { formatTime } from '../../../components/notices/format.ts';
import { t } from '../locale-referral.ts';

/** 审批: each submission with its own period, and the head's decision (a refusal kept with its reasons). */
export function ReferralApprovals({ referral }: { referral: ReferralDetail }) {
  return (
    <Card size="small" title={t('approvals')}>
      {referral.approvals.length === 0 ? (
        <Typography.Text type="secondary">{t('noApprovals')}</Typography.Text>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="referral-approvals">
          {referral.approvals.map((a) => (
            <li key={a.round} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex wrap gap={8} align="baseline">
                <Typography.Text strong>{t('round', { n: a.round })}</Typography.Text>
                <Tag
                  color={a.decision === 'approved' ? 'green' : a.decision === 'refused' ? 'red' : 'gold'}
                  style={{ marginInlineEnd: 0 }}
                >
                  {a.decision === 'approved'
                    ? t('approveOption')
                    : a.decision === 'refused'
                      ? t('refuseOption')
                      : t('pending')}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('roundDue', { due: a.due.due })}
                </Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('submittedBy', { who: a.submittedBy, at: formatTime(a.submittedAt) })}
                {a.decidedAt
                  ? ` · ${t('decidedBy', { who: a.decidedBy ?? '', at: formatTime(a.decidedAt) })}`
                  : ''}
              </Typography.Text>
              {a.reason ? (
                <Typography.Paragraph
                  style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
                >
                  {a.reason}
                </Typography.Paragraph>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
