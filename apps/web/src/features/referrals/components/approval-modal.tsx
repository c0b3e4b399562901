import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Form, Input, Radio } from 'antd';
import { useReferralStep } from '../api/use-referral-step.ts';
import { t } from '../locale-referral.ts';
import { StepHint, StepModal } from './step-modal.tsx';

interface Values {
  decision?: 'approved' | 'refused';
  reason?: string;
}

/** 审批: the head approves the referral, or refuses it with the reasons (kept when it is resubmitted). */
export function ApprovalModal({ referral, onClose }: { referral: ReferralDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useReferralStep(referral.id, 'approval');
  const decision = Form.useWatch('decision', form);
  return (
    <StepModal<Values>
      form={form}
      title={t('approve')}
      fields={['decision', 'reason']}
      submit={(v) => step.mutateAsync({ decision: v.decision!, reason: v.reason?.trim() ?? '' })}
      pending={step.isPending}
      onClose={onClose}
      intro={
        <StepHint
          text={
            referral.approvalDue
              ? t('approvalHint', { due: referral.approvalDue.due, rule: referral.approvalDue.rule })
              : null
          }
          late={referral.overdue}
        />
      }
    >
      <Form.Item
        name="decision"
        label={t('decision')}
        rules={[{ required: true, message: t('decisionRequired') }]}
      >
        <Radio.Group
          options={[
            { value: 'approved', label: t('approveOption') },
            { value: 'refused', label: t('refuseOption') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={
          decision === 'refused'
            ? [{ required: true, whitespace: true, min: 4, message: t('reasonRequired') }]
            : []
        }
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepModal>
  );
}
