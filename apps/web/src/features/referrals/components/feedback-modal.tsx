import type { Attachment } from '@jiandu/contracts/matters';
import { REFERRAL_OUTCOMES, type ReferralOutcome } from '@jiandu/contracts/referral-labels';
import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Col, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { AttachmentUpload } from '../../../components/notices/attachment-upload.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { attachmentsUrl } from '../api/keys.ts';
import { useReferralStep } from '../api/use-referral-step.ts';
import { outcomeLabel } from '../labels.ts';
import { t } from '../locale-referral.ts';
import { DayField, day, StepHint, StepModal } from './step-modal.tsx';

interface Values {
  outcome?: ReferralOutcome;
  decidedOn?: Dayjs;
  notifiedOn?: Dayjs;
  documentNumber?: string;
  reasons?: string;
  attachments?: Attachment[];
}

/**
 * 登记处理结果: filed, not filed or returned, with the document and its reasons. When the police
 * refuse to file, the day the notice arrived starts the 3 days to contest it (第九条).
 */
export function FeedbackModal({ referral, onClose }: { referral: ReferralDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useReferralStep(referral.id, 'feedback');
  const [busy, setBusy] = useState(false);
  const outcome = Form.useWatch('outcome', form);
  const contestable = referral.targetKind === 'police' && outcome === 'not_filed';
  return (
    <StepModal<Values>
      form={form}
      title={t('feedbackTitle')}
      width={680}
      fields={['outcome', 'decidedOn', 'notifiedOn', 'documentNumber', 'reasons', 'attachments']}
      submit={(v) =>
        step.mutateAsync({
          outcome: v.outcome!,
          decidedOn: day(v.decidedOn),
          notifiedOn: v.notifiedOn ? day(v.notifiedOn) : null,
          documentNumber: v.documentNumber?.trim() || null,
          reasons: v.reasons?.trim() ?? '',
          attachments: v.attachments ?? [],
        })
      }
      pending={step.isPending}
      busy={busy}
      initialValues={{ decidedOn: shanghaiToday(), attachments: [] }}
      onClose={onClose}
      intro={
        <StepHint
          text={
            referral.feedbackDue
              ? t('decisionDueHint', { due: referral.feedbackDue.due, rule: referral.feedbackDue.rule })
              : null
          }
          late={referral.overdue}
        />
      }
    >
      <Form.Item
        name="outcome"
        label={t('outcome')}
        rules={[{ required: true, message: t('outcomeRequired') }]}
      >
        <Radio.Group options={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <DayField name="decidedOn" label={t('decidedOn')} />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="documentNumber" label={t('documentNumberLabel')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      {contestable ? (
        <DayField name="notifiedOn" label={t('notifiedOnLabel')} extra={t('notifiedHint')} />
      ) : null}
      <Form.Item
        name="reasons"
        label={t('reasons')}
        rules={
          outcome && outcome !== 'filed'
            ? [{ required: true, whitespace: true, min: 4, message: t('reasonsRequired') }]
            : []
        }
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="attachments" label={t('attachments')}>
        <AttachmentUpload uploadUrl={attachmentsUrl(referral.id)} onBusyChange={setBusy} />
      </Form.Item>
    </StepModal>
  );
}
