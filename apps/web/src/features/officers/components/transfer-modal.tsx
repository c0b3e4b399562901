import type { Officer } from '@jiandu/contracts/officers';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTransferOfficer } from '../api/use-transfer-officer.ts';
import { applyFieldErrors, errorText } from '../errors.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';
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
      if (!applyFieldErrors(form, e, ['orgId', 'post', 'effectiveDate', 'reason'])) setError(errorText(e));
    }
  };

  return (
    <Modal
      open
      title={t('transferTitle', { name: officer.name })}
      okText={t('confirm')}
      cancelText={t('cancel')}
      confirmLoading={transfer.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        {t('transferHint', { org: officer.orgName, post: officer.post })}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
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
        <Form.Item
          name="effectiveDate"
          label={t('effectiveDate')}
          rules={[{ required: true, message: t('dateRequired') }]}
        >
          <DatePicker style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            { min: 2, message: t('reasonRequired') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
