import { MATTER_MODES, type MatterMode, type MatterProblem } from '@jiandu/contracts/matter-labels';
import { type PlanTask, TaskMatterSchema } from '@jiandu/contracts/supervision-plans';
import { Alert, App, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useTaskMatter } from '../api/use-task-matter.ts';
import { modeLabel, PROBLEM_OPTIONS } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  agencyId?: string;
  title?: string;
  mode?: MatterMode;
  problems?: MatterProblem[];
  description?: string;
}

const FIELDS = ['agencyId', 'title', 'mode', 'problems', 'description'] as const;
const shape = TaskMatterSchema.shape;

/**
 * 立项监督事项: a supervision matter opened from a plan task, against one agency, with its mode and
 * the problems it looks into; the new matter opens afterwards.
 */
export function TaskMatterModal({
  planId,
  task,
  onClose,
}: {
  planId: string;
  task: PlanTask;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const open = useTaskMatter(planId, task.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      const matter = await open.mutateAsync({
        agencyId: values.agencyId ?? '',
        title: values.title?.trim() ?? '',
        mode: values.mode!,
        problems: values.problems ?? [],
        description: values.description?.trim() ?? '',
      });
      message.success(t('matterOpened', { number: matter.number }));
      onClose();
      navigate(`/matters/${encodeURIComponent(matter.id)}`);
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('matterTitle', { task: task.title })}
      okText={t('open')}
      cancelText={t('cancel')}
      confirmLoading={open.isPending}
      onClose={onClose}
      width={620}
      intro={<Alert type="info" showIcon title={t('matterHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="agencyId"
          label={t('agency')}
          rules={[{ required: true, message: t('agencyRequired') }]}
        >
          <OrgSelect kind="agency" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('matterName')}
          rules={[
            { required: true, whitespace: true, message: t('matterNameRequired') },
            schemaRule(shape.title),
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="mode" label={t('mode')} rules={[{ required: true, message: t('modeRequired') }]}>
          <Radio.Group options={MATTER_MODES.map((m) => ({ value: m, label: modeLabel(m) }))} />
        </Form.Item>
        <Form.Item
          name="problems"
          label={t('problems')}
          rules={[{ required: true, type: 'array', min: 1, message: t('problemsRequired') }]}
        >
          <Select mode="multiple" options={PROBLEM_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('problemDescription')}
          rules={[
            { required: true, whitespace: true, message: t('problemDescriptionRequired') },
            schemaRule(shape.description),
          ]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
