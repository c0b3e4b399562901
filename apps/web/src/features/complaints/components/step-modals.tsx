import {
  ComplaintAcceptSchema,
  ComplaintAnswerSchema,
  ComplaintCloseSchema,
  type ComplaintDetail,
  ComplaintExtensionRequestSchema,
  ComplaintTransferSchema,
} from '@jiandu/contracts/complaints';
import { Alert, Form, Input, InputNumber, Radio } from 'antd';
import type { z } from 'zod';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { schemaRule } from '../../../lib/form-errors.ts';
import { useAcceptComplaint } from '../api/use-accept-complaint.ts';
import { useAnswerComplaint } from '../api/use-answer-complaint.ts';
import { useCloseComplaint } from '../api/use-close-complaint.ts';
import { useDecideExtension } from '../api/use-decide-extension.ts';
import { useRequestExtension } from '../api/use-request-extension.ts';
import { useTransferComplaint } from '../api/use-transfer-complaint.ts';
import { t } from '../locale-complaint.ts';
import { StepModal } from './step-modal.tsx';

interface StepProps {
  complaint: ComplaintDetail;
  onClose: () => void;
}

/** A text field checked with the contract's schema; required ones say so in Chinese first. */
function TextField(props: {
  name: string;
  label: string;
  schema: z.ZodType;
  required?: string;
  rows?: number;
  max: number;
  placeholder?: string;
}) {
  return (
    <Form.Item
      name={props.name}
      label={props.label}
      rules={[
        ...(props.required ? [{ required: true, whitespace: true, message: props.required }] : []),
        schemaRule(props.schema),
      ]}
    >
      <Input.TextArea
        rows={props.rows ?? 3}
        maxLength={props.max}
        showCount
        placeholder={props.placeholder}
      />
    </Form.Item>
  );
}

const info = (text: string) => <Alert type="info" showIcon title={text} style={{ marginBottom: 16 }} />;
const trimmed = (v: string | undefined) => v?.trim() || undefined;

/** 受理, with an optional note; the answer period starts today. */
export function AcceptModal({ complaint: c, onClose }: StepProps) {
  const step = useAcceptComplaint(c.id);
  return (
    <StepModal<{ note?: string }>
      title={t('acceptTitle')}
      okText={t('accept')}
      intro={info(t('acceptHint'))}
      submit={(v) => step.mutateAsync({ note: trimmed(v.note) })}
      pending={step.isPending}
      fields={['note']}
      done={t('accepted')}
      onClose={onClose}
    >
      <TextField
        name="note"
        label={t('note')}
        schema={ComplaintAcceptSchema.shape.note.unwrap()}
        max={1000}
      />
    </StepModal>
  );
}

/** 转办 to the org competent to handle it, with the reason. */
export function TransferModal({ complaint: c, onClose }: StepProps) {
  const step = useTransferComplaint(c.id);
  return (
    <StepModal<{ orgId: string; reason: string }>
      title={t('transferTitle')}
      okText={t('transfer')}
      intro={info(t('transferHint', { due: c.acceptDue?.due ?? '—' }))}
      submit={(v) => step.mutateAsync({ orgId: v.orgId, reason: v.reason.trim() })}
      pending={step.isPending}
      fields={['orgId', 'reason']}
      done={t('transferred')}
      onClose={onClose}
    >
      <Form.Item
        name="orgId"
        label={t('transferTo')}
        rules={[{ required: true, message: t('transferToRequired') }]}
      >
        <OrgSelect style={{ width: '100%' }} />
      </Form.Item>
      <TextField
        name="reason"
        label={t('transferReason')}
        required={t('transferReasonRequired')}
        schema={ComplaintTransferSchema.shape.reason}
        max={2000}
      />
    </StepModal>
  );
}

/** 申请延期: days and the reason; a supervisor with the approval permission decides. */
export function ExtensionModal({ complaint: c, onClose }: StepProps) {
  const step = useRequestExtension(c.id);
  return (
    <StepModal<{ days: number; reason: string }>
      title={t('extensionTitle')}
      okText={t('requestExtension')}
      intro={info(t('extensionHint', { due: c.answerDue?.due ?? '—' }))}
      submit={(v) => step.mutateAsync({ days: v.days, reason: v.reason.trim() })}
      pending={step.isPending}
      fields={['days', 'reason']}
      done={t('extensionRequested')}
      onClose={onClose}
    >
      <Form.Item
        name="days"
        label={t('extensionDays')}
        rules={[
          { required: true, message: t('extensionDaysRequired') },
          schemaRule(ComplaintExtensionRequestSchema.shape.days),
        ]}
      >
        <InputNumber min={1} max={60} precision={0} suffix={t('daysUnit')} style={{ width: 160 }} />
      </Form.Item>
      <TextField
        name="reason"
        label={t('extensionReason')}
        required={t('extensionReasonRequired')}
        schema={ComplaintExtensionRequestSchema.shape.reason}
        max={2000}
      />
    </StepModal>
  );
}

/** 审批延期: approve (the answer falls due later) or refuse, with an optional note. */
export function DecideExtensionModal({ complaint: c, onClose }: StepProps) {
  const step = useDecideExtension(c.id);
  const ext = c.extension;
  return (
    <StepModal<{ decision: 'approved' | 'refused'; note?: string }>
      title={t('decideTitle')}
      okText={t('decide')}
      intro={info(
        t('decideHint', {
          by: ext?.requestedBy ?? '—',
          days: ext?.days ?? 0,
          due: c.answerDue?.due ?? '—',
          reason: ext?.reason ?? '',
        }),
      )}
      submit={(v) => step.mutateAsync({ decision: v.decision, note: trimmed(v.note) })}
      pending={step.isPending}
      fields={['decision', 'note']}
      done={t('decided')}
      onClose={onClose}
    >
      <Form.Item
        name="decision"
        label={t('decision')}
        rules={[{ required: true, message: t('decisionRequired') }]}
      >
        <Radio.Group
          options={[
            { value: 'approved', label: t('approve') },
            { value: 'refused', label: t('refuse') },
          ]}
        />
      </Form.Item>
      <TextField name="note" label={t('note')} schema={ComplaintCloseSchema.shape.note.unwrap()} max={1000} />
    </StepModal>
  );
}

/** 答复: the answer the complainant reads on the tracking page, then rates. */
export function AnswerModal({ complaint: c, onClose }: StepProps) {
  const step = useAnswerComplaint(c.id);
  return (
    <StepModal<{ answer: string }>
      title={t('answerTitle')}
      okText={t('answer')}
      intro={info(t('answerHint', { due: c.answerDue?.due ?? '—' }))}
      submit={(v) => step.mutateAsync({ answer: v.answer.trim() })}
      pending={step.isPending}
      fields={['answer']}
      done={t('answered')}
      onClose={onClose}
    >
      <TextField
        name="answer"
        label={t('answerText')}
        required={t('answerRequired')}
        schema={ComplaintAnswerSchema.shape.answer}
        rows={8}
        max={5000}
        placeholder={t('answerPlaceholder')}
      />
    </StepModal>
  );
}

/** 办结 an answered (or rated) complaint, with an optional note. */
export function CloseModal({ complaint: c, onClose }: StepProps) {
  const step = useCloseComplaint(c.id);
  return (
    <StepModal<{ note?: string }>
      title={t('closeTitle')}
      okText={t('close')}
      intro={info(c.rating ? t('closeHintRated') : t('closeHint'))}
      submit={(v) => step.mutateAsync({ note: trimmed(v.note) })}
      pending={step.isPending}
      fields={['note']}
      done={t('closed')}
      onClose={onClose}
    >
      <TextField name="note" label={t('note')} schema={ComplaintCloseSchema.shape.note.unwrap()} max={1000} />
    </StepModal>
  );
}
