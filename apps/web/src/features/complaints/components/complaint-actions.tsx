import {
  AuditOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  FileProtectOutlined,
  FormOutlined,
  PhoneOutlined,
  RedoOutlined,
  RiseOutlined,
  SendOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Button, Flex } from 'antd';
import { type ComponentType, type ReactNode, useState } from 'react';
import type { ComplaintStepKey } from '../complaint-steps.ts';
import { t } from '../locale-complaint.ts';
import { tr } from '../locale-review.ts';
import { CallbackModal, CallbackReopenModal } from './callback-modals.tsx';
import { DeclineModal } from './decline-modal.tsx';
import { MatterModal } from './matter-modal.tsx';
import {
  AnswerRecheckModal,
  AnswerReviewModal,
  RequestRecheckModal,
  RequestReviewModal,
} from './review-modals.tsx';
import {
  AcceptModal,
  AnswerModal,
  CloseModal,
  DecideExtensionModal,
  ExtensionModal,
  TransferModal,
} from './step-modals.tsx';

type Modal = ComponentType<{ complaint: ComplaintDetail; onClose: () => void }>;

/** Each step's button (label, icon, emphasis) and the dialog it opens. */
const STEPS: Record<
  ComplaintStepKey,
  { label: string; icon: ReactNode; primary?: boolean; danger?: boolean; modal: Modal }
> = {
  accept: {
    label: t('accept'),
    icon: <CheckCircleOutlined aria-hidden />,
    primary: true,
    modal: AcceptModal,
  },
  decline: {
    label: t('decline'),
    icon: <CloseCircleOutlined aria-hidden />,
    danger: true,
    modal: DeclineModal,
  },
  transfer: { label: t('transfer'), icon: <SendOutlined aria-hidden />, modal: TransferModal },
  answer: { label: t('answer'), icon: <FormOutlined aria-hidden />, primary: true, modal: AnswerModal },
  extension: {
    label: t('requestExtension'),
    icon: <ClockCircleOutlined aria-hidden />,
    modal: ExtensionModal,
  },
  decide: {
    label: t('decide'),
    icon: <AuditOutlined aria-hidden />,
    primary: true,
    modal: DecideExtensionModal,
  },
  close: { label: t('close'), icon: <SolutionOutlined aria-hidden />, primary: true, modal: CloseModal },
  callback: {
    label: t('callback'),
    icon: <PhoneOutlined aria-hidden />,
    primary: true,
    modal: CallbackModal,
  },
  callbackReopen: {
    label: t('callbackReopen'),
    icon: <RedoOutlined aria-hidden />,
    modal: CallbackReopenModal,
  },
  review: { label: tr('requestReview'), icon: <RiseOutlined aria-hidden />, modal: RequestReviewModal },
  reviewAnswer: {
    label: tr('answerReview'),
    icon: <FormOutlined aria-hidden />,
    primary: true,
    modal: AnswerReviewModal,
  },
  recheck: { label: tr('requestRecheck'), icon: <RiseOutlined aria-hidden />, modal: RequestRecheckModal },
  recheckAnswer: {
    label: tr('answerRecheck'),
    icon: <FormOutlined aria-hidden />,
    primary: true,
    modal: AnswerRecheckModal,
  },
  matter: { label: t('openMatter'), icon: <FileProtectOutlined aria-hidden />, modal: MatterModal },
};

/** The steps the complaint allows now, as buttons each opening its dialog; nothing when none do. */
export function ComplaintActions({
  complaint,
  steps,
}: {
  complaint: ComplaintDetail;
  steps: ComplaintStepKey[];
}) {
  const [open, setOpen] = useState<ComplaintStepKey | null>(null);
  if (!steps.length) return null;
  const Dialog = open ? STEPS[open].modal : null;
  return (
    <>
      <Flex wrap gap={8} data-testid="complaint-actions">
        {steps.map((key) => (
          <Button
            key={key}
            type={STEPS[key].primary ? 'primary' : 'default'}
            danger={STEPS[key].danger}
            icon={STEPS[key].icon}
            onClick={() => setOpen(key)}
          >
            {STEPS[key].label}
          </Button>
        ))}
      </Flex>
      {Dialog ? <Dialog complaint={complaint} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
