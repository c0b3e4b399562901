import type { CaseStage } from '@jiandu/contracts/case-handling';
import type { EventType } from '@jiandu/contracts/case-labels';
import type { CaseDetail } from '@jiandu/contracts/cases';
import type { Circumstance, PenaltyType } from '@jiandu/contracts/catalogue-labels';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { caseKeys } from '../api/keys.ts';
import { useRecordStage } from '../api/use-record-stage.ts';
import { showCaseProblems } from '../form-problems.ts';
import { eventLabel } from '../labels.ts';
import { t } from '../locale-handling.ts';
import { decisionHasPenalties, stagesNow } from '../stages.ts';
import { DecisionFields } from './decision-fields.tsx';
import { HandlingError } from './handling-error.tsx';
import { ReviewFields } from './review-fields.tsx';

interface Values {
  type?: EventType;
  at?: Dayjs;
  reviewer?: string;
  opinion?: CaseStage['opinion'];
  days?: number;
  note?: string;
  decision?: {
    penalties?: { type: PenaltyType; amount?: number | null }[];
    circumstance: Circumstance;
    facts: string;
    legalBasis: string;
  };
}

const FIELDS = ['type', 'at', 'reviewer', 'opinion', 'days', 'note', 'decision'];

/** The form's values as the contract's stage, with the version the user was looking at. */
function toStage(v: Values, detail: CaseDetail): CaseStage {
  const type = v.type!;
  const note = v.note?.trim();
  const d = v.decision;
  return {
    type,
    at: v.at!.format('YYYY-MM-DD'),
    ...(type === 'legal_review' ? { reviewer: v.reviewer, opinion: v.opinion } : {}),
    ...(type === 'extension_approved' ? { days: v.days } : {}),
    ...(note ? { note } : {}),
    ...(type === 'decided' && d && decisionHasPenalties(detail)
      ? {
          decision: {
            penalties: (d.penalties ?? []).map((p) =>
              p.amount === undefined || p.amount === null
                ? { type: p.type }
                : { type: p.type, amount: p.amount },
            ),
            circumstance: d.circumstance,
            facts: d.facts.trim(),
            legalBasis: d.legalBasis.trim(),
          },
        }
      : {}),
    expectedVersion: detail.summary.version,
  };
}

interface Props {
  detail: CaseDetail;
  onClose: () => void;
}

/**
 * 记录环节: the stages that make sense now, each with its own fields; the version shown goes along,
 * so a stage recorded meanwhile by someone else is not overwritten. Refusals stay in the dialog.
 */
export function RecordStageModal({ detail, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const id = detail.summary.id;
  const record = useRecordStage(id);
  const [error, setError] = useState<unknown>(null);
  const type = Form.useWatch('type', form);
  const opened = detail.summary.filedOn ? dayjs(detail.summary.filedOn) : null;

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await record.mutateAsync(toStage(v, detail));
      message.success(t('recorded', { stage: eventLabel(v.type!) }));
      onClose();
    } catch (e) {
      if (!showCaseProblems(form, e, FIELDS, ['decision'])) setError(e);
    }
  };

  return (
    <FormModal
      form={form}
      error={null}
      width={760}
      title={t('recordTitle')}
      okText={t('record')}
      cancelText={t('cancel')}
      confirmLoading={record.isPending}
      onClose={onClose}
      intro={
        <Alert
          type="info"
          showIcon
          title={t('recordHint', { n: detail.summary.version + 1 })}
          style={{ marginBottom: 16 }}
        />
      }
    >
      <HandlingError
        error={error}
        onRefresh={() => {
          setError(null);
          void client.invalidateQueries({ queryKey: caseKeys.one(id) });
        }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ at: shanghaiToday(), days: 30, decision: { penalties: [{ type: 'fine' }] } }}
        onFinish={onFinish}
        onValuesChange={() => error && setError(null)}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="type"
              label={t('stage')}
              rules={[{ required: true, message: t('stageRequired') }]}
            >
              <Select options={stagesNow(detail).map((s) => ({ value: s, label: eventLabel(s) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="at"
              label={t('stageAt')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) =>
                  d.isAfter(shanghaiToday(), 'day') || Boolean(opened && d.isBefore(opened, 'day'))
                }
              />
            </Form.Item>
          </Col>
        </Row>
        {type === 'legal_review' ? <ReviewFields agencyId={detail.summary.agency.id} /> : null}
        {type === 'extension_approved' ? (
          <Form.Item name="days" label={t('days')} rules={[{ required: true, message: t('daysRequired') }]}>
            <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
          </Form.Item>
        ) : null}
        {type === 'decided' && decisionHasPenalties(detail) ? <DecisionFields /> : null}
        <Form.Item
          name="note"
          label={type === 'extension_approved' ? t('approval') : t('note')}
          rules={[
            { required: type === 'extension_approved', whitespace: true, message: t('approvalRequired') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
