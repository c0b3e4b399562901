import { Alert, DatePicker, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { useCertificateValidity } from '../api/use-certificate-validity.ts';
import { t } from '../locale-detail.ts';
import { CertificateStatusTag } from './certificate-status-tag.tsx';

/** "Was this certificate valid on date D?" — the server answers from the status history. */
export function ValidityCheck({ certificateId }: { certificateId: string }) {
  const [date, setDate] = useState<string | null>(null);
  const validity = useCertificateValidity(certificateId, date);
  return (
    <div style={{ marginTop: 8 }}>
      <Space wrap align="center">
        <Typography.Text>{t('validOnDate')}</Typography.Text>
        <DatePicker
          aria-label={t('validOnDate')}
          size="small"
          onChange={(value: Dayjs | null) => setDate(value ? value.format('YYYY-MM-DD') : null)}
        />
      </Space>
      {validity.isFetching ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('checking')}
        </Typography.Text>
      ) : validity.error ? (
        <Alert type="error" showIcon title={problemText(validity.error)} style={{ marginTop: 8 }} />
      ) : validity.data ? (
        <Alert
          data-testid="validity-result"
          type={validity.data.valid ? 'success' : 'warning'}
          showIcon
          style={{ marginTop: 8 }}
          title={
            <Space wrap size={6}>
              <span>
                {validity.data.valid
                  ? t('wasValid', { date: validity.data.date })
                  : t('wasNotValid', { date: validity.data.date })}
              </span>
              {validity.data.status ? <CertificateStatusTag status={validity.data.status} /> : null}
            </Space>
          }
          description={validity.data.reason}
        />
      ) : null}
    </div>
  );
}
