import type { Officer } from '@jiandu/contracts/officers';
import { App, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useTransferOfficer } from '../api/use-transfer-officer.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';
import { EffectiveDateFields } from './effective-date-fields.tsx';
import { OrgTreeSelect } from './org-tree-select.tsx';

interface Values {
  orgId: string;
  post: string;
  effectiveDate: Dayjs;
  reason: string;
}

/** 调动: moves an officer to another org and post from a date; the earlier post stays in the history. */
export function TransferModal({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const transfer = useTransferOfficer();
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await transfer.mutateAsync({
        id: officer.id,
        input: {
          orgId: v.orgId,
          post: v.post.trim(),
          effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
          reason: v.reason.trim(),
        },
      });
      message.success(t('transferred'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['orgId', 'post', 'effectiveDate', 'reason'])) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={t('transferTitle', { name: officer.name })}
      okText={t('confirm')}
      cancelText={t('cancel')}
      confirmLoading={transfer.isPending}
      onClose={onClose}
      intro={
        <Typography.Paragraph type="secondary">
          {t('transferHint', { org: officer.orgName, post: officer.post })}
        </Typography.Paragraph>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ effectiveDate: dayjs(todayShanghai()) }}
        onFinish={onFinish}
      >
        <Form.Item
          name="orgId"
          label={t('newOrg')}
          rules={[{ required: true, message: t('newOrgRequired') }]}
        >
          <OrgTreeSelect placeholder={t('orgPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="post"
          label={t('newPost')}
          rules={[
            { required: true, whitespace: true, message: t('postRequired') },
            { min: 2, message: t('postRequired') },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <EffectiveDateFields />
      </Form>
    </FormModal>
  );
}
