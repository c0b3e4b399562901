import type { Attachment } from '@jiandu/contracts/matters';
import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { AttachmentList } from '../../../components/notices/attachment-list.tsx';
import { attachmentsUrl } from '../api/keys.ts';
import { outcomeLabel, reviewKindLabel, reviewResultLabel } from '../labels.ts';
import { t } from '../locale-referral.ts';

const para = { margin: '2px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

/** One part of the answers: a heading with its tag, the facts in small print, the text and the papers. */
function Part(props: {
  title: string;
  tag?: ReactNode;
  facts: (string | null | false)[];
  text?: string | null;
  attachments?: Attachment[];
  id: string;
}) {
  return (
    <li style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex wrap gap={8} align="baseline">
        <Typography.Text strong>{props.title}</Typography.Text>
        {props.tag}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {props.facts.filter(Boolean).join(' · ')}
      </Typography.Text>
      {props.text ? <Typography.Paragraph style={para}>{props.text}</Typography.Paragraph> : null}
      {props.attachments?.length ? (
        <AttachmentList baseUrl={attachmentsUrl(props.id)} attachments={props.attachments} />
      ) : null}
    </li>
  );
}

/**
 * 移送与反馈: the sending, the receipt, the receiving body's outcome, each reconsideration or
 * supervision request with its answer, and the handover, as far as the referral has come.
 */
export function ReferralAnswers({ referral: r }: { referral: ReferralDetail }) {
  if (!r.sentOn)
    return (
      <Card size="small" title={t('answers')}>
        <Typography.Text type="secondary">{t('notSent')}</Typography.Text>
      </Card>
    );
  const doc = (n: string | null) => (n ? t('documentNumber', { number: n }) : null);
  return (
    <Card size="small" title={t('answers')}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="referral-answers">
        <Part id={r.id} title={r.number ?? ''} facts={[t('sent', { date: r.sentOn, who: r.sentBy ?? '' })]} />
        {r.receivedOn ? (
          <Part
            id={r.id}
            title={t('receipt')}
            facts={[t('receivedBy', { who: r.receiver ?? '', date: r.receivedOn })]}
            attachments={r.receiptAttachments}
          />
        ) : null}
        {r.feedbackOutcome && r.decidedByReceiverOn ? (
          <Part
            id={r.id}
            title={t('feedback')}
            tag={
              <Tag color={r.feedbackOutcome === 'filed' ? 'green' : 'red'}>
                {outcomeLabel(r.feedbackOutcome)}
              </Tag>
            }
            facts={[
              t('feedbackOn', { date: r.decidedByReceiverOn }),
              r.notifiedOn && t('notifiedOn', { date: r.notifiedOn }),
              doc(r.feedbackDocumentNumber),
            ]}
            text={r.feedbackReasons}
            attachments={r.feedbackAttachments}
          />
        ) : null}
        {r.reviews.map((v) => (
          <Part
            key={v.id}
            id={r.id}
            title={reviewKindLabel(v.kind)}
            tag={
              v.result ? (
                <Tag color={v.result === 'filed' ? 'green' : 'red'}>
                  {reviewResultLabel(v.kind, v.result)}
                </Tag>
              ) : (
                <Tag color="processing">{t('awaitingDecision')}</Tag>
              )
            }
            facts={[
              t('requestedOn', { date: v.requestedOn, body: v.bodyName }),
              doc(v.documentNumber),
              v.decidedOn && t('feedbackOn', { date: v.decidedOn }),
              v.notifiedOn && t('notifiedOn', { date: v.notifiedOn }),
              doc(v.resultNumber),
            ]}
            text={[v.reasons, v.resultReasons].filter(Boolean).join('\n')}
            attachments={[...v.attachments, ...v.resultAttachments]}
          />
        ))}
        {r.handedOverOn ? (
          <Part id={r.id} title={t('handoverDue')} facts={[t('handedOver', { date: r.handedOverOn })]} />
        ) : null}
      </ol>
    </Card>
  );
}
