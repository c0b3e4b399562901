import { type Notice, ObjectionDecisionSchema } from '@jiandu/contracts/matters';
import { App, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useDecideObjection } from '../api/use-decide-objection.ts';
import { t } from '../locale-matter.ts';

interface Values {
  decision?: 'upheld' | 'rejected';
  reason?: string;
}

/** 作出复查决定: an upheld objection withdraws the notice, a rejected one keeps it in force. */
export function ObjectionDecisionModal({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const decide = useDecideObjection();
  const [error, setError] = useState<string | null>(null);
  const objection = notice.objections.find((o) => o.decision === null);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await decide.mutateAsync({
        noticeId: notice.id,
        body: { decision: v.decision!, reason: v.reason!.trim() },
      });
      message.success(t('decided'));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, ['decision', 'reason']);
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      width={640}
      title={`${t('decideTitle')} · ${notice.number}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={decide.isPending}
      onClose={onClose}
      intro={
        objection ? (
          <div style={{ background: '#fafbfc', border: '1px solid #e8ebf0', padding: 12, marginBottom: 16 }}>
            <Typography.Text strong>{t('objection')}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, wordBreak: 'break-word' }}>
              {objection.grounds}
            </Typography.Paragraph>
          </div>
        ) : null
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="decision"
          label={t('decision')}
          rules={[{ required: true, message: t('decisionRequired') }]}
        >
          <Radio.Group
            style={{ display: 'grid', gap: 4 }}
            options={[
              { value: 'rejected', label: t('rejected') },
              { value: 'upheld', label: t('upheld') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            schemaRule(ObjectionDecisionSchema.shape.reason),
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
