import type { Expert } from '@jiandu/contracts/people';
import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAddConflict } from '../api/use-add-conflict.ts';
import { t } from '../locale.ts';

interface Values {
  orgId: string;
  reason: string;
  since: Dayjs;
}

/** Records an org whose files the expert must not review (回避), with the reason and since when. */
export function ConflictModal({ expert, onClose }: { expert: Expert; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddConflict();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await add.mutateAsync({
        id: expert.id,
        input: { orgId: v.orgId, reason: v.reason.trim(), since: v.since.format('YYYY-MM-DD') },
      });
      message.success(t('conflictAdded'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['orgId', 'reason', 'since'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('addConflictTitle', { name: expert.name })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={add.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ since: shanghaiToday() }}
      >
        <Form.Item
          name="orgId"
          label={t('conflictOrg')}
          rules={[{ required: true, message: t('conflictOrgRequired') }]}
        >
          <OrgSelect />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('conflictReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={t('conflictReasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="since" label={t('since')} rules={[{ required: true, message: t('dateRequired') }]}>
          <DatePicker style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
