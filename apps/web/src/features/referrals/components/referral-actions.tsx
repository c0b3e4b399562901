import { EditOutlined, FilePdfOutlined, FileWordOutlined, SendOutlined } from '@ant-design/icons';
import type { ReferralReviewKind } from '@jiandu/contracts/referral-labels';
import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { downloadReferralDocument } from '../api/referral-files.ts';
import { useReferralStep } from '../api/use-referral-step.ts';
import { t } from '../locale-referral.ts';
import { type ReferralAction, referralActions } from '../referral-steps.ts';
import { ApprovalModal } from './approval-modal.tsx';
import { CloseModal, HandoverModal, ReceiptModal, SendModal } from './dispatch-modals.tsx';
import { FeedbackModal } from './feedback-modal.tsx';
import { ReviewDecisionModal, ReviewRequestModal } from './review-modals.tsx';

type Dialog = Exclude<ReferralAction, 'edit' | 'submit'>;

const LABELS: Record<Dialog, Parameters<typeof t>[0]> = {
  approval: 'approve',
  send: 'send',
  receipt: 'receipt2',
  feedback: 'feedback2',
  reconsideration: 'reconsider',
  'reconsideration/decision': 'reconsiderDecision',
  supervision: 'supervise',
  'supervision/result': 'superviseResult',
  handover: 'handover',
  close: 'close',
};

/** The dialog of one step. */
function StepDialog({
  referral,
  dialog,
  onClose,
}: {
  referral: ReferralDetail;
  dialog: Dialog;
  onClose: () => void;
}) {
  const props = { referral, onClose };
  const review = (kind: ReferralReviewKind, decide: boolean) =>
    decide ? <ReviewDecisionModal {...props} kind={kind} /> : <ReviewRequestModal {...props} kind={kind} />;
  switch (dialog) {
    case 'approval':
      return <ApprovalModal {...props} />;
    case 'send':
      return <SendModal {...props} />;
    case 'receipt':
      return <ReceiptModal {...props} />;
    case 'feedback':
      return <FeedbackModal {...props} />;
    case 'reconsideration':
      return review('reconsideration', false);
    case 'reconsideration/decision':
      return review('reconsideration', true);
    case 'supervision':
      return review('supervision', false);
    case 'supervision/result':
      return review('supervision', true);
    case 'handover':
      return <HandoverModal {...props} />;
    case 'close':
      return <CloseModal {...props} />;
  }
}

/**
 * The steps the referral's status and the user's permissions allow, the next one first and
 * prominent, and the 移送书 as PDF and Word once it was sent.
 */
export function ReferralActions({ referral }: { referral: ReferralDetail }) {
  const { can, session } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const submit = useReferralStep(referral.id, 'submit');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [downloading, setDownloading] = useState<'pdf' | 'docx' | null>(null);
  const { actions, ownSubmission } = referralActions(referral, can, session?.user.id);
  const dialogs = actions.filter((a): a is Dialog => a !== 'edit' && a !== 'submit');
  const get = (format: 'pdf' | 'docx') => {
    setDownloading(format);
    downloadReferralDocument(referral.id, format)
      .catch((e: unknown) => message.error(t('downloadFailed', { detail: problemText(e) })))
      .finally(() => setDownloading(null));
  };
  return (
    <>
      <Flex wrap gap={8} align="center" data-testid="referral-actions">
        {actions.includes('submit') ? (
          <Popconfirm
            title={t('submitConfirm')}
            okText={t('ok')}
            cancelText={t('cancel')}
            onConfirm={() =>
              submit
                .mutateAsync({})
                .then(() => message.success(t('submitted')))
                .catch((e: unknown) => message.error(problemText(e)))
            }
          >
            <Button type="primary" icon={<SendOutlined aria-hidden />} loading={submit.isPending}>
              {referral.status === 'refused' ? t('resubmit') : t('submit')}
            </Button>
          </Popconfirm>
        ) : null}
        {dialogs.map((d, i) => (
          <Button
            key={d}
            type={i === 0 && !actions.includes('submit') ? 'primary' : 'default'}
            onClick={() => setDialog(d)}
          >
            {t(LABELS[d])}
          </Button>
        ))}
        {actions.includes('edit') ? (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate('edit')}>
            {t('edit')}
          </Button>
        ) : null}
        {referral.hasDocument ? (
          <>
            <Button
              icon={<FilePdfOutlined aria-hidden />}
              loading={downloading === 'pdf'}
              onClick={() => get('pdf')}
            >
              {t('downloadPdf')}
            </Button>
            <Button
              icon={<FileWordOutlined aria-hidden />}
              loading={downloading === 'docx'}
              onClick={() => get('docx')}
            >
              {t('downloadWord')}
            </Button>
          </>
        ) : null}
        {ownSubmission ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ownSubmission')}
          </Typography.Text>
        ) : null}
      </Flex>
      {dialog ? <StepDialog referral={referral} dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
