import { Alert, App, Form, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import {
  type CertificateStatusChange,
  useChangeCertificateStatus,
} from '../api/use-change-certificate-status.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';
import type { OfficerCertificate } from './certificate-card.tsx';
import { CertificateStatusTag } from './certificate-status-tag.tsx';
import { EffectiveDateFields } from './effective-date-fields.tsx';

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
      if (!applyFieldErrors(form, e, ['status', 'effectiveDate', 'reason'])) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={t('changeStatusTitle', { number: certificate.number })}
      okText={t('confirm')}
      okButtonProps={{ danger: chosen === 'revoked' || chosen === 'cancelled' }}
      cancelText={t('cancel')}
      confirmLoading={change.isPending}
      onClose={onClose}
      intro={
        <Typography.Paragraph>
          {t('currentStatus')} <CertificateStatusTag status={certificate.status} />
        </Typography.Paragraph>
      }
    >
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
        <EffectiveDateFields dateHint={t('effectiveDateHint')} reasonRows={3} showCount />
      </Form>
    </FormModal>
  );
}
