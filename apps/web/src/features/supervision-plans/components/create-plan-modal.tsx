import { PlanCreateSchema } from '@jiandu/contracts/supervision-plans';
import { Alert, App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreatePlan } from '../api/use-create-plan.ts';
import { planYears } from '../list-params.ts';
import { t } from '../locale.ts';

interface Values {
  orgId?: string;
  year: number;
  title?: string;
  summary?: string;
}

const FIELDS = ['orgId', 'year', 'title', 'summary'] as const;

/**
 * 新建计划: a justice bureau's plan for a year (the user's own bureau unless another is picked), its
 * title and overall arrangements; the plan then opens so its tasks can be added.
 */
export function CreatePlanModal({ year, onClose }: { year: number; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { session } = useSession();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const [error, setError] = useState<string | null>(null);
  const own = session ? [{ value: session.user.orgId, label: session.user.orgName }] : [];
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      const plan = await create.mutateAsync({
        orgId: values.orgId ?? '',
        year: values.year,
        title: values.title?.trim() ?? '',
        summary: values.summary?.trim() ?? '',
      });
      message.success(t('created'));
      onClose();
      navigate(`/supervision-plans/${encodeURIComponent(plan.id)}`);
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('createTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending}
      onClose={onClose}
      width={620}
      intro={<Alert type="info" showIcon title={t('createHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ orgId: session?.user.orgId, year }}
      >
        <Form.Item name="orgId" label={t('org')} rules={[{ required: true, message: t('orgRequired') }]}>
          <OrgSelect kind="supervisor" known={own} />
        </Form.Item>
        <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
          <Select
            options={planYears().map((y) => ({ value: y, label: t('yearOption', { year: y }) }))}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('planTitle')}
          rules={[
            { required: true, whitespace: true, message: t('titleRequired') },
            schemaRule(PlanCreateSchema.shape.title),
          ]}
        >
          <Input maxLength={100} placeholder={t('planTitlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('summary')}
          rules={[
            { required: true, whitespace: true, message: t('summaryRequired') },
            schemaRule(PlanCreateSchema.shape.summary),
          ]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
