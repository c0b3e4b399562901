import type { Attachment } from '@jiandu/contracts/matters';
import { ReferralCloseSchema, type ReferralDetail, ReferralReceiptSchema } from '@jiandu/contracts/referrals';
import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { AttachmentUpload } from '../../../components/notices/attachment-upload.tsx';
import { formatTime } from '../../../components/notices/format.ts';
import { shanghaiToday } from '../../../lib/dates.ts';
import { schemaRule } from '../../../lib/form-errors.ts';
import { attachmentsUrl } from '../api/keys.ts';
import { useReferralStep } from '../api/use-referral-step.ts';
import { t } from '../locale-referral.ts';
import { DayField, day, StepHint, StepModal } from './step-modal.tsx';

interface Props {
  referral: ReferralDetail;
  onClose: () => void;
}

/** 移送: the day the 移送书 and materials went out (the letter is numbered and generated then). */
export function SendModal({ referral, onClose }: Props) {
  const [form] = Form.useForm<{ sentOn?: Dayjs; note?: string }>();
  const step = useReferralStep(referral.id, 'send');
  return (
    <StepModal
      form={form}
      title={t('sendTitle')}
      fields={['sentOn', 'note']}
      submit={(v) => step.mutateAsync({ sentOn: day(v.sentOn), note: v.note?.trim() ?? '' })}
      pending={step.isPending}
      initialValues={{ sentOn: shanghaiToday() }}
      onClose={onClose}
      intro={
        <StepHint
          text={
            referral.transferDue
              ? `${t('sendHint')} ${t('transferHint', { due: formatTime(referral.transferDue.due) })}`
              : t('sendHint')
          }
        />
      }
    >
      <DayField name="sentOn" label={t('sentOnLabel')} />
      <Form.Item name="note" label={t('note')}>
        <Input maxLength={500} />
      </Form.Item>
    </StepModal>
  );
}

/** 登记回执: when and by whom the receiving body signed for it, with the signed receipt. */
export function ReceiptModal({ referral, onClose }: Props) {
  const [form] = Form.useForm<{ receivedOn?: Dayjs; receiver?: string; attachments?: Attachment[] }>();
  const step = useReferralStep(referral.id, 'receipt');
  const [busy, setBusy] = useState(false);
  return (
    <StepModal
      form={form}
      title={t('receiptTitle')}
      fields={['receivedOn', 'receiver', 'attachments']}
      submit={(v) =>
        step.mutateAsync({
          receivedOn: day(v.receivedOn),
          receiver: v.receiver!.trim(),
          attachments: v.attachments ?? [],
        })
      }
      pending={step.isPending}
      busy={busy}
      initialValues={{ receivedOn: shanghaiToday(), attachments: [] }}
      onClose={onClose}
    >
      <DayField name="receivedOn" label={t('receivedOn')} />
      <Form.Item
        name="receiver"
        label={t('receiverLabel')}
        rules={[
          { required: true, whitespace: true, message: t('receiverRequired') },
          schemaRule(ReferralReceiptSchema.shape.receiver),
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="attachments" label={t('attachments')}>
        <AttachmentUpload uploadUrl={attachmentsUrl(referral.id)} onBusyChange={setBusy} />
      </Form.Item>
    </StepModal>
  );
}

/** 登记移交: the exhibits and materials reached the police after it filed the case (第十二条). */
export function HandoverModal({ referral, onClose }: Props) {
  const [form] = Form.useForm<{ handedOverOn?: Dayjs; note?: string }>();
  const step = useReferralStep(referral.id, 'handover');
  return (
    <StepModal
      form={form}
      title={t('handoverTitle')}
      fields={['handedOverOn', 'note']}
      submit={(v) => step.mutateAsync({ handedOverOn: day(v.handedOverOn), note: v.note?.trim() ?? '' })}
      pending={step.isPending}
      initialValues={{ handedOverOn: shanghaiToday() }}
      onClose={onClose}
      intro={
        <StepHint text={referral.handoverDue ? t('handoverHint', { due: referral.handoverDue.due }) : null} />
      }
    >
      <DayField name="handedOverOn" label={t('handedOverOn')} />
      <Form.Item name="note" label={t('note')}>
        <Input maxLength={500} />
      </Form.Item>
    </StepModal>
  );
}

/** 办结: the referral closed with its conclusion. */
export function CloseModal({ referral, onClose }: Props) {
  const [form] = Form.useForm<{ conclusion?: string }>();
  const step = useReferralStep(referral.id, 'close');
  return (
    <StepModal
      form={form}
      title={t('closeTitle')}
      fields={['conclusion']}
      submit={(v) => step.mutateAsync({ conclusion: v.conclusion!.trim() })}
      pending={step.isPending}
      onClose={onClose}
    >
      <Form.Item
        name="conclusion"
        label={t('conclusionLabel')}
        rules={[
          { required: true, whitespace: true, message: t('conclusionRequired') },
          schemaRule(ReferralCloseSchema.shape.conclusion),
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepModal>
  );
}
