import { Alert, App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  type CertificateStatusChange,
  useChangeCertificateStatus,
} from '../api/use-change-certificate-status.ts';
import { applyFieldErrors, errorText } from '../errors.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';
import type { OfficerCertificate } from './certificate-card.tsx';
import { CertificateStatusTag } from './certificate-status-tag.tsx';

interface Values {
  status: CertificateStatusChange['status'];
  effectiveDate: Dayjs;
  reason: string;
}

/** The changes allowed from each status: valid → suspend/revoke/cancel; suspended → reinstate/revoke/cancel. */
const NEXT: Record<string, CertificateStatusChange['status'][]> = {
  valid: ['suspended', 'revoked', 'cancelled'],
  suspended: ['valid', 'revoked', 'cancelled'],
};
const ACTION = {
  valid: 'reinstate',
  suspended: 'suspend',
  revoked: 'revoke',
  cancelled: 'cancelCert',
} as const;

/** 暂扣 / 吊销 / 注销 / 恢复 a certificate from a date, with the reason (both go into its history). */
export function StatusChangeModal({
  certificate,
  onClose,
}: {
  certificate: OfficerCertificate;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useChangeCertificateStatus();
  const [error, setError] = useState<string | null>(null);
  const options = NEXT[certificate.status] ?? [];
  const chosen = Form.useWatch('status', form);

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await change.mutateAsync({
        id: certificate.id,
        input: {
          status: v.status,
          effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
          reason: v.reason.trim(),
        },
      });
      message.success(t('statusChanged'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['status', 'effectiveDate', 'reason'])) setError(errorText(e));
    }
  };

  return (
    <Modal
      open
      title={t('changeStatusTitle', { number: certificate.number })}
      okText={t('confirm')}
      okButtonProps={{ danger: chosen === 'revoked' || chosen === 'cancelled' }}
      cancelText={t('cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        {t('currentStatus')} <CertificateStatusTag status={certificate.status} />
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ status: options[0], effectiveDate: dayjs(todayShanghai()) }}
        onFinish={onFinish}
      >
        <Form.Item name="status" label={t('newStatus')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={options.map((s) => ({ value: s, label: t(ACTION[s]) }))}
          />
        </Form.Item>
        {chosen === 'revoked' || chosen === 'cancelled' ? (
          <Alert type="warning" showIcon title={t('finalWarning')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="effectiveDate"
          label={t('effectiveDate')}
          extra={t('effectiveDateHint')}
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
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
