import type { Attachment } from '@jiandu/contracts/matters';
import {
  REFERRAL_REVIEW_RESULTS,
  type ReferralReviewKind,
  type ReferralReviewResult,
} from '@jiandu/contracts/referral-labels';
import { type ReferralDetail, ReferralReviewRequestSchema } from '@jiandu/contracts/referrals';
import { Col, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { AttachmentUpload } from '../../../components/notices/attachment-upload.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { schemaRule } from '../../../lib/form-errors.ts';
import { attachmentsUrl } from '../api/keys.ts';
import { useReferralStep } from '../api/use-referral-step.ts';
import { reviewKindLabel, reviewResultLabel } from '../labels.ts';
import { t } from '../locale-referral.ts';
import { DayField, day, StepHint, StepModal } from './step-modal.tsx';

interface Props {
  referral: ReferralDetail;
  kind: ReferralReviewKind;
  onClose: () => void;
}

/** The fields both dialogs end with: the document's number, the reasons and the papers. */
function Papers({
  id,
  reasons,
  setBusy,
}: {
  id: string;
  reasons: ReactNode;
  setBusy: (busy: boolean) => void;
}) {
  return (
    <>
      <Form.Item name="documentNumber" label={t('documentNumberLabel')}>
        <Input maxLength={60} />
      </Form.Item>
      {reasons}
      <Form.Item name="attachments" label={t('attachments')}>
        <AttachmentUpload uploadUrl={attachmentsUrl(id)} onBusyChange={setBusy} />
      </Form.Item>
    </>
  );
}

interface RequestValues {
  requestedOn?: Dayjs;
  bodyName?: string;
  documentNumber?: string;
  reasons?: string;
  attachments?: Attachment[];
}

/** 提请复议 / 建议立案监督: made within the org's 3 days (第九条); the window and its rule shown first. */
export function ReviewRequestModal({ referral, kind, onClose }: Props) {
  const [form] = Form.useForm<RequestValues>();
  const step = useReferralStep(referral.id, kind);
  const [busy, setBusy] = useState(false);
  const window = referral.reviewWindow;
  return (
    <StepModal<RequestValues>
      form={form}
      title={t('requestTitle', { kind: reviewKindLabel(kind) })}
      width={680}
      fields={['requestedOn', 'bodyName', 'documentNumber', 'reasons', 'attachments']}
      submit={(v) =>
        step.mutateAsync({
          requestedOn: day(v.requestedOn),
          bodyName: v.bodyName!.trim(),
          documentNumber: v.documentNumber?.trim() || null,
          reasons: v.reasons!.trim(),
          attachments: v.attachments ?? [],
        })
      }
      pending={step.isPending}
      busy={busy}
      initialValues={{
        requestedOn: shanghaiToday(),
        bodyName: kind === 'reconsideration' ? referral.targetName : undefined,
        attachments: [],
      }}
      onClose={onClose}
      intro={<StepHint text={window ? t('windowHint', { due: window.due, rule: window.rule }) : null} />}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <DayField name="requestedOn" label={t('requestedOnLabel')} />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="bodyName"
            label={t('bodyName')}
            rules={[
              { required: true, whitespace: true, message: t('bodyNameRequired') },
              schemaRule(ReferralReviewRequestSchema.shape.bodyName),
            ]}
          >
            <Input
              maxLength={100}
              placeholder={kind === 'reconsideration' ? t('policeBody') : t('procuratorateBody')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Papers
        id={referral.id}
        setBusy={setBusy}
        reasons={
          <Form.Item
            name="reasons"
            label={t('requestReasons')}
            rules={[
              { required: true, whitespace: true, message: t('requestReasonsRequired') },
              schemaRule(ReferralReviewRequestSchema.shape.reasons),
            ]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        }
      />
    </StepModal>
  );
}

interface DecisionValues {
  result?: ReferralReviewResult;
  decidedOn?: Dayjs;
  notifiedOn?: Dayjs;
  documentNumber?: string;
  reasons?: string;
  attachments?: Attachment[];
}

/** 登记复议决定 / 登记立案监督结果: the police filed, or the refusal stands (with its reasons). */
export function ReviewDecisionModal({ referral, kind, onClose }: Props) {
  const [form] = Form.useForm<DecisionValues>();
  const step = useReferralStep(
    referral.id,
    kind === 'reconsideration' ? 'reconsideration/decision' : 'supervision/result',
  );
  const [busy, setBusy] = useState(false);
  const result = Form.useWatch('result', form);
  const due = referral.reviews.find((r) => r.kind === kind && r.result === null)?.decisionDue;
  return (
    <StepModal<DecisionValues>
      form={form}
      title={t('decisionTitle', { kind: reviewKindLabel(kind) })}
      width={680}
      fields={['result', 'decidedOn', 'notifiedOn', 'documentNumber', 'reasons', 'attachments']}
      submit={(v) =>
        step.mutateAsync({
          result: v.result!,
          decidedOn: day(v.decidedOn),
          notifiedOn: day(v.notifiedOn),
          documentNumber: v.documentNumber?.trim() || null,
          reasons: v.reasons?.trim() ?? '',
          attachments: v.attachments ?? [],
        })
      }
      pending={step.isPending}
      busy={busy}
      initialValues={{ decidedOn: shanghaiToday(), notifiedOn: shanghaiToday(), attachments: [] }}
      onClose={onClose}
      intro={
        <StepHint
          text={due ? t('decisionDueHint', { due: due.due, rule: due.rule }) : null}
          late={referral.overdue}
        />
      }
    >
      <Form.Item name="result" label={t('result')} rules={[{ required: true, message: t('resultRequired') }]}>
        <Radio.Group
          options={REFERRAL_REVIEW_RESULTS.map((r) => ({ value: r, label: reviewResultLabel(kind, r) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <DayField name="decidedOn" label={t('resultDecidedOn')} />
        </Col>
        <Col xs={24} sm={12}>
          <DayField name="notifiedOn" label={t('resultNotifiedOn')} />
        </Col>
      </Row>
      <Papers
        id={referral.id}
        setBusy={setBusy}
        reasons={
          <Form.Item
            name="reasons"
            label={t('reasons')}
            rules={
              result === 'upheld'
                ? [{ required: true, whitespace: true, min: 4, message: t('resultReasonsRequired') }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        }
      />
    </StepModal>
  );
}
