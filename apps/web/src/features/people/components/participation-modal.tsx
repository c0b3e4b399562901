import {
  type InvitedSupervisor,
  PARTICIPATION_KINDS,
  ParticipationCreateSchema,
  type ParticipationKind,
} from '@jiandu/contracts/people';
import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAddParticipation } from '../api/use-add-participation.ts';
import { kindLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  date: Dayjs;
  kind: ParticipationKind;
  description: string;
  hours?: number | null;
}

/** Records what an invited supervisor took part in (within the term, not in the future). */
export function ParticipationModal({
  supervisor,
  onClose,
}: {
  supervisor: InvitedSupervisor;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddParticipation();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await add.mutateAsync({
        id: supervisor.id,
        input: {
          date: v.date.format('YYYY-MM-DD'),
          kind: v.kind,
          description: v.description.trim(),
          hours: v.hours ?? null,
        },
      });
      message.success(t('participationAdded'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['date', 'kind', 'description', 'hours'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('addParticipationTitle', { name: supervisor.name })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={add.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ date: shanghaiToday(), kind: 'case_review' }}
      >
        <Form.Item name="date" label={t('date')} rules={[{ required: true, message: t('dateRequired') }]}>
          <DatePicker
            style={{ width: 180 }}
            disabledDate={(d) =>
              d.isAfter(shanghaiToday(), 'day') || d.isBefore(dayjs(supervisor.termStart), 'day')
            }
          />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('activityKind')}
          rules={[{ required: true, message: t('kindRequired') }]}
        >
          <Select options={optionsOf(PARTICIPATION_KINDS, kindLabel)} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('description')}
          rules={[
            { required: true, message: t('descriptionRequired') },
            schemaRule(ParticipationCreateSchema.shape.description),
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="hours" label={t('hoursOptional')}>
          <InputNumber min={0.5} max={200} step={0.5} style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
