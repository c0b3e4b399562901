import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { formatTime } from '../../../components/notices/format.ts';
import { originLabel } from '../labels.ts';
import { t } from '../locale-referral.ts';
import { ReferralStatusTag, ReferralTargetTag } from './referral-tags.tsx';

const pre = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

/** A long text under its label, kept as written (line breaks included). */
function Text({ label, text }: { label: string; text: string }) {
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Paragraph style={{ ...pre, margin: '2px 0 0' }}>{text}</Typography.Paragraph>
    </div>
  );
}

/** The top of a referral's page: number, title and status, whom it goes to, what the lead is. */
export function ReferralHeader({ referral: r }: { referral: ReferralDetail }) {
  return (
    <div>
      <Typography.Text type="secondary" copyable={Boolean(r.number)} style={{ fontSize: 13 }}>
        {r.number ?? t('noNumber')}
      </Typography.Text>
      <Typography.Title level={4} style={{ margin: '4px 0 8px', wordBreak: 'break-word' }}>
        {r.title}
      </Typography.Title>
      <Flex wrap gap={6} style={{ marginBottom: 12 }}>
        <ReferralStatusTag status={r.status} />
        <ReferralTargetTag target={r.targetKind} />
        {r.overdue ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="referral-overdue">
            {t('overdue')}
          </Tag>
        ) : null}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'org', label: t('org'), children: r.orgName },
          { key: 'receiver', label: t('receiver'), children: r.targetName },
          { key: 'subject', label: t('subject'), children: r.subjectName || '—' },
          { key: 'offence', label: t('offence'), children: r.suspectedOffence },
          { key: 'origin', label: t('origin'), children: r.originLabel ?? originLabel(r.origin) },
          {
            key: 'handlers',
            label: t('handlers'),
            children: r.handlers.map((h) => `${h.name} (${h.certificateNumber})`).join('、'),
          },
          { key: 'drafted', label: t('drafted'), children: `${r.draftedBy} · ${r.draftedOn}` },
          ...(r.sentOn ? [{ key: 'sent', label: t('sentOn'), children: r.sentOn }] : []),
          ...(r.closedOn ? [{ key: 'closed', label: t('closedOn'), children: r.closedOn }] : []),
        ]}
      />
      <Text label={t('facts')} text={r.facts} />
      {r.conclusion ? <Text label={t('conclusion')} text={r.conclusion} /> : null}
      {r.submittedAt && r.status === 'submitted' ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('submittedBy', { who: r.submittedBy ?? '', at: formatTime(r.submittedAt) })}
        </Typography.Text>
      ) : null}
    </div>
  );
}
