import type { EnforcementField } from '@jiandu/contracts/fields';
import { MATTER_TRACKS, type MatterTrack } from '@jiandu/contracts/matter-labels';
import { type Plan, PlanTaskInputSchema } from '@jiandu/contracts/supervision-plans';
import { App, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAddTask } from '../api/use-add-task.ts';
import { trackLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  title?: string;
  description?: string;
  track?: MatterTrack;
  field?: EnforcementField;
  target?: string;
  startOn?: Dayjs;
  endOn?: Dayjs;
  responsible?: string;
}

const FIELDS = [
  'title',
  'description',
  'track',
  'field',
  'target',
  'startOn',
  'endOn',
  'responsible',
] as const;
const shape = PlanTaskInputSchema.shape;

/** 添加任务: one task of the plan, with its kind of supervision, field, target, dates in the year and who answers for it. */
export function AddTaskModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddTask(plan.id);
  const [error, setError] = useState<string | null>(null);
  const outsideYear = (d: Dayjs) => d.year() !== plan.year;
  const inYear = {
    validator: async (_: unknown, value: Dayjs | undefined) => {
      if (value && outsideYear(value)) throw new Error(t('dateInYear', { year: plan.year }));
    },
  };
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      await add.mutateAsync({
        title: values.title?.trim() ?? '',
        description: values.description?.trim() ?? '',
        track: values.track!,
        field: values.field ?? null,
        target: values.target?.trim() ?? '',
        startOn: values.startOn!.format('YYYY-MM-DD'),
        endOn: values.endOn!.format('YYYY-MM-DD'),
        responsible: values.responsible?.trim() ?? '',
      });
      message.success(t('taskAdded'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };
  const notBeforeStart = {
    validator: async (_: unknown, value: Dayjs | undefined) => {
      const start = form.getFieldValue('startOn') as Dayjs | undefined;
      if (value && start && value.isBefore(start, 'day')) throw new Error(t('endBeforeStart'));
    },
  };
  const dateField = (name: 'startOn' | 'endOn') => (
    <Form.Item
      name={name}
      label={t(name)}
      dependencies={name === 'endOn' ? ['startOn'] : []}
      rules={[
        { required: true, message: t('dateRequired') },
        inYear,
        ...(name === 'endOn' ? [notBeforeStart] : []),
      ]}
      style={{ flex: '1 1 180px' }}
    >
      <DatePicker
        style={{ width: '100%' }}
        disabledDate={outsideYear}
        defaultPickerValue={dayjs(`${plan.year}-01-01`)}
      />
    </Form.Item>
  );
  return (
    <FormModal
      form={form}
      error={error}
      title={t('addTask')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={add.isPending}
      onClose={onClose}
      width={640}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="title"
          label={t('taskTitle')}
          rules={[
            { required: true, whitespace: true, message: t('taskTitleRequired') },
            schemaRule(shape.title),
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('description')} rules={[schemaRule(shape.description)]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="track"
            label={t('track')}
            rules={[{ required: true, message: t('trackRequired') }]}
            style={{ flex: '1 1 180px' }}
          >
            <Select options={MATTER_TRACKS.map((x) => ({ value: x, label: trackLabel(x) }))} />
          </Form.Item>
          <Form.Item name="field" label={t('field')} style={{ flex: '1 1 180px' }}>
            <Select
              allowClear
              placeholder={t('fieldPlaceholder')}
              options={FIELD_OPTIONS}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="target"
          label={t('target')}
          rules={[
            { required: true, whitespace: true, message: t('targetRequired') },
            schemaRule(shape.target),
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={12} wrap>
          {dateField('startOn')}
          {dateField('endOn')}
        </Flex>
        <Form.Item
          name="responsible"
          label={t('responsible')}
          rules={[
            { required: true, whitespace: true, message: t('responsibleRequired') },
            schemaRule(shape.responsible),
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
