import {
  CALLBACK_METHODS,
  type CallbackMethod,
  type CallbackResult,
  COMPLAINT_RATINGS,
  type ComplaintRating,
} from '@jiandu/contracts/complaint-labels';
import { ComplaintCallbackReopenSchema, type ComplaintDetail } from '@jiandu/contracts/complaints';
import { Alert, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { schemaRule } from '../../../lib/form-errors.ts';
import { useCallbackComplaint, useCallbackReopen } from '../api/use-callback-complaint.ts';
import { callbackMethodLabel, ratingLabel } from '../labels.ts';
import { t } from '../locale-complaint.ts';
import { StepModal } from './step-modal.tsx';

interface StepProps {
  complaint: ComplaintDetail;
  onClose: () => void;
}

interface CallbackValues {
  calledAt: Dayjs;
  method: CallbackMethod;
  result: CallbackResult;
  rating?: ComplaintRating;
  comment?: string;
  attempts?: number;
}

const info = (text: string) => <Alert type="info" showIcon title={text} style={{ marginBottom: 16 }} />;

/**
 * 回访: when and how the complainant was called back, then their rating and words, or that they
 * could not be reached after the tries made (the complaint may then be closed with that note).
 */
export function CallbackModal({ complaint: c, onClose }: StepProps) {
  const step = useCallbackComplaint(c.id);
  return (
    <StepModal<CallbackValues>
      title={t('callbackTitle')}
      okText={t('callbackSave')}
      intro={info(t('callbackHint', { on: c.answeredOn ?? '—' }))}
      submit={(v) =>
        step.mutateAsync({
          calledAt: v.calledAt.toISOString(),
          method: v.method,
          result: v.result,
          ...(v.result === 'reached'
            ? { rating: v.rating, comment: v.comment?.trim() || undefined }
            : { attempts: v.attempts, comment: v.comment?.trim() || undefined }),
        })
      }
      pending={step.isPending}
      fields={['calledAt', 'method', 'result', 'rating', 'comment', 'attempts']}
      done={t('callbackDone')}
      onClose={onClose}
    >
      <Form.Item
        name="calledAt"
        label={t('callbackAt')}
        initialValue={dayjs()}
        rules={[{ required: true, message: t('callbackAtRequired') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) =>
            d.isAfter(dayjs(), 'day') || (!!c.answeredOn && d.isBefore(dayjs(c.answeredOn), 'day'))
          }
        />
      </Form.Item>
      <Form.Item
        name="method"
        label={t('callbackMethod')}
        initialValue="phone"
        rules={[{ required: true, message: t('callbackMethodRequired') }]}
      >
        <Radio.Group options={CALLBACK_METHODS.map((m) => ({ value: m, label: callbackMethodLabel(m) }))} />
      </Form.Item>
      <Form.Item
        name="result"
        label={t('callbackResult')}
        initialValue="reached"
        rules={[{ required: true, message: t('callbackResultRequired') }]}
      >
        <Radio.Group
          options={[
            { value: 'reached', label: t('callbackReached') },
            { value: 'unreachable', label: t('callbackUnreachable') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['result']}>
        {({ getFieldValue }) =>
          getFieldValue('result') === 'unreachable' ? (
            <Form.Item
              name="attempts"
              label={t('callbackAttempts')}
              extra={t('callbackAttemptsHint')}
              rules={[{ required: true, message: t('callbackAttemptsRequired') }]}
            >
              <InputNumber min={1} max={20} precision={0} suffix={t('timesUnit')} style={{ width: 160 }} />
            </Form.Item>
          ) : (
            <Form.Item
              name="rating"
              label={t('callbackRating')}
              rules={[{ required: true, message: t('callbackRatingRequired') }]}
            >
              <Radio.Group options={COMPLAINT_RATINGS.map((r) => ({ value: r, label: ratingLabel(r) }))} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('callbackComment')}
        rules={[{ max: 1000, message: t('callbackCommentMax') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('callbackCommentPlaceholder')} />
      </Form.Item>
    </StepModal>
  );
}

/** The complainant, unsatisfied at the 回访, asks to have the complaint handled again (portal rules). */
export function CallbackReopenModal({ complaint: c, onClose }: StepProps) {
  const step = useCallbackReopen(c.id);
  return (
    <StepModal<{ reason: string }>
      title={t('callbackReopenTitle')}
      okText={t('callbackReopen')}
      intro={info(t('callbackReopenHint', { until: c.reopenUntil ?? '—' }))}
      submit={(v) => step.mutateAsync({ reason: v.reason.trim() })}
      pending={step.isPending}
      fields={['reason']}
      done={t('callbackReopened')}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('callbackReopenReason')}
        rules={[
          { required: true, whitespace: true, message: t('callbackReopenReasonRequired') },
          schemaRule(ComplaintCallbackReopenSchema.shape.reason),
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepModal>
  );
}
