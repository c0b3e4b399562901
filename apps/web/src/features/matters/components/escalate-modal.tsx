import {
  ESCALATION_KINDS,
  EscalationCreateSchema,
  type EscalationKind,
  type MatterDetail,
} from '@jiandu/contracts/matters';
import { Alert, App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { escalationKindLabel } from '../../../components/notices/labels.ts';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useEscalateMatter } from '../api/use-escalate-matter.ts';
import { t } from '../locale-matter.ts';

interface Values {
  kind?: EscalationKind;
  happenedOn?: Dayjs;
  note?: string;
}

/** 升级督办: an interview (约谈) of the agency's head or a circular (通报), recorded and told to the agency. */
export function EscalateModal({ matter, onClose }: { matter: MatterDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const escalate = useEscalateMatter(matter.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await escalate.mutateAsync({
        kind: v.kind!,
        happenedOn: v.happenedOn!.format('YYYY-MM-DD'),
        note: v.note!.trim(),
      });
      message.success(t('escalated'));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, ['kind', 'happenedOn', 'note']);
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('escalateTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={escalate.isPending}
      onClose={onClose}
      intro={<Alert type="warning" showIcon title={t('escalateHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ happenedOn: shanghaiToday() }}
      >
        <Form.Item
          name="kind"
          label={t('escalationKind')}
          rules={[{ required: true, message: t('escalationKindRequired') }]}
        >
          <Radio.Group options={ESCALATION_KINDS.map((k) => ({ value: k, label: escalationKindLabel(k) }))} />
        </Form.Item>
        <Form.Item
          name="happenedOn"
          label={t('escalationOn')}
          rules={[{ required: true, message: t('dateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('escalationNote')}
          rules={[
            { required: true, whitespace: true, message: t('escalationNoteRequired') },
            schemaRule(EscalationCreateSchema.shape.note),
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
