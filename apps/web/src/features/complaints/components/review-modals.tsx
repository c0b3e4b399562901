import type { ComplaintReviewLevel } from '@jiandu/contracts/complaint-labels';
import {
  type ComplaintDetail,
  ComplaintReviewAnswerSchema,
  ComplaintReviewRequestSchema,
} from '@jiandu/contracts/complaints';
import { Alert, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { shanghaiToday } from '../../../lib/dates.ts';
import { schemaRule } from '../../../lib/form-errors.ts';
import { useAnswerReview } from '../api/use-answer-review.ts';
import { useRequestReview } from '../api/use-request-review.ts';
import { tr } from '../locale-review.ts';
import { StepModal } from './step-modal.tsx';

interface StepProps {
  complaint: ComplaintDetail;
  onClose: () => void;
}

const info = (text: string) => <Alert type="info" showIcon title={text} style={{ marginBottom: 16 }} />;
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/**
 * 复查申请 / 复核申请: the day the request came in, the day the petitioner received the answer it
 * contests (the window counts from it) and the facts and reasons; the window is shown first.
 */
function RequestModal({ complaint: c, onClose, level }: StepProps & { level: ComplaintReviewLevel }) {
  const step = useRequestReview(c.id, level);
  const window = c.reviewWindow;
  const previous = tr(`previous_${level}`);
  return (
    <StepModal<{ requestedOn?: Dayjs | null; answerReceivedOn?: Dayjs | null; reason: string }>
      title={tr('requestTitle', { level: tr(level) })}
      okText={tr(level === 'review' ? 'requestReview' : 'requestRecheck')}
      intro={info(
        tr('requestHint', {
          previous,
          level: tr(level),
          until: window?.until ?? '—',
          rule: window?.rule ?? '',
        }),
      )}
      submit={(v) =>
        step.mutateAsync({
          requestedOn: day(v.requestedOn),
          answerReceivedOn: day(v.answerReceivedOn),
          reason: v.reason.trim(),
        })
      }
      pending={step.isPending}
      fields={['requestedOn', 'answerReceivedOn', 'reason']}
      done={tr('requested', { level: tr(level) })}
      onClose={onClose}
    >
      <Form.Item name="requestedOn" label={tr('requestedOn')} extra={tr('requestedOnHint')}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
      </Form.Item>
      <Form.Item
        name="answerReceivedOn"
        label={tr('answerReceivedOn', { previous })}
        extra={tr('answerReceivedOnHint', { previous, on: window?.from ?? '—' })}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={tr('requestReason')}
        rules={[
          { required: true, whitespace: true, message: tr('requestReasonRequired') },
          schemaRule(ComplaintReviewRequestSchema.shape.reason),
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepModal>
  );
}

/** 复查答复 / 复核意见: the reviewing organ's written opinion, with its due date. */
function AnswerModal({ complaint: c, onClose, level }: StepProps & { level: ComplaintReviewLevel }) {
  const step = useAnswerReview(c.id, level);
  const review = c.reviews.find((r) => r.level === level);
  return (
    <StepModal<{ answer: string }>
      title={tr('answerTitle', { level: tr(level) })}
      okText={tr(level === 'review' ? 'answerReview' : 'answerRecheck')}
      intro={
        <>
          {info(
            tr('answerHint', { level: tr(level), org: review?.orgName ?? '—', due: review?.due.due ?? '—' }),
          )}
          {level === 'recheck' ? info(tr('answerHintFinal')) : null}
        </>
      }
      submit={(v) => step.mutateAsync({ answer: v.answer.trim() })}
      pending={step.isPending}
      fields={['answer']}
      done={tr('answered', { level: tr(level) })}
      onClose={onClose}
    >
      <Form.Item
        name="answer"
        label={tr('answerText', { level: tr(level) })}
        rules={[
          { required: true, whitespace: true, message: tr('answerRequired', { level: tr(level) }) },
          schemaRule(ComplaintReviewAnswerSchema.shape.answer),
        ]}
      >
        <Input.TextArea rows={8} maxLength={5000} showCount />
      </Form.Item>
    </StepModal>
  );
}

/** 复查申请. */
export const RequestReviewModal = (p: StepProps) => <RequestModal {...p} level="review" />;
/** 复核申请. */
export const RequestRecheckModal = (p: StepProps) => <RequestModal {...p} level="recheck" />;
/** 复查答复. */
export const AnswerReviewModal = (p: StepProps) => <AnswerModal {...p} level="review" />;
/** 复核意见. */
export const AnswerRecheckModal = (p: StepProps) => <AnswerModal {...p} level="recheck" />;
