import { ComplaintDeclineSchema, type ComplaintDetail } from '@jiandu/contracts/complaints';
import { Alert, Form, Input, Radio } from 'antd';
import { schemaRule } from '../../../lib/form-errors.ts';
import { useDeclineComplaint } from '../api/use-decline-complaint.ts';
import { t } from '../locale-complaint.ts';
import { tr } from '../locale-review.ts';
import { StepModal } from './step-modal.tsx';

type Ground = 'other' | 'reconsideration' | 'litigation' | 'repeat';
interface Values {
  /** Unset means another ground. */
  ground?: Ground;
  reason: string;
}

const info = (text: string) => <Alert type="info" showIcon title={text} style={{ marginBottom: 16 }} />;

/** The grounds offered: a repeat after 复核 only when the complaint is linked to one. */
function GroundField({ complaint: c }: { complaint: ComplaintDetail }) {
  const form = Form.useFormInstance<Values>();
  const repeat = c.concludedRepeat;
  const prefill = (ground: Ground) => {
    const text =
      ground === 'reconsideration'
        ? tr('reasonReconsideration')
        : ground === 'litigation'
          ? tr('reasonLitigation')
          : ground === 'repeat' && repeat
            ? tr('reasonRepeat', { on: repeat.recheckedOn, code: repeat.trackingCode })
            : '';
    // Written reasons start from the ground's standard wording; the handler may edit them.
    form.setFieldsValue({ reason: text });
  };
  return (
    <Form.Item name="ground" label={tr('ground')} extra={tr('groundHint')}>
      <Radio.Group
        onChange={(e) => prefill(e.target.value as Ground)}
        options={[
          { value: 'other', label: tr('groundOther') },
          { value: 'reconsideration', label: tr('groundReconsideration') },
          { value: 'litigation', label: tr('groundLitigation') },
          ...(repeat ? [{ value: 'repeat', label: tr('groundRepeat') }] : []),
        ]}
      />
    </Form.Item>
  );
}

/**
 * 不予受理, with the written reasons the complainant will read; a 行政复议 or 行政诉讼 matter names
 * the route (the server adds the application period), and a petition repeating one already
 * re-examined names that petition.
 */
export function DeclineModal({ complaint: c, onClose }: { complaint: ComplaintDetail; onClose: () => void }) {
  const step = useDeclineComplaint(c.id);
  return (
    <StepModal<Values>
      title={t('declineTitle')}
      okText={t('decline')}
      danger
      intro={info(t('declineHint'))}
      submit={(v) =>
        step.mutateAsync({
          reason: v.reason.trim(),
          routeTo: v.ground === 'reconsideration' || v.ground === 'litigation' ? v.ground : undefined,
          repeatOf: v.ground === 'repeat' ? c.concludedRepeat?.id : undefined,
        })
      }
      pending={step.isPending}
      fields={['reason', 'routeTo', 'repeatOf']}
      done={t('declined')}
      onClose={onClose}
    >
      <GroundField complaint={c} />
      <Form.Item
        name="reason"
        label={t('declineReason')}
        rules={[
          { required: true, whitespace: true, message: t('declineReasonRequired') },
          schemaRule(ComplaintDeclineSchema.shape.reason),
        ]}
      >
        <Input.TextArea rows={5} maxLength={2000} showCount />
      </Form.Item>
    </StepModal>
  );
}
