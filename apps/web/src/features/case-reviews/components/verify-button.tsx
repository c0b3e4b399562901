import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { SampleCheck, SampledCase } from '@jiandu/contracts/case-reviews';
import { Alert, App, Button, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { useVerifySample } from '../api/use-verify-sample.ts';
import { t } from '../locale.ts';

const columns = [
  { title: t('caseNumber'), dataIndex: 'externalId' },
  { title: t('agency'), dataIndex: 'agencyName' },
];

function Differences({ title, rows }: { title: string; rows: SampledCase[] }) {
  if (!rows.length) return null;
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <Table rowKey="caseId" size="small" pagination={false} dataSource={rows} columns={columns} />
    </>
  );
}

/** 复核抽样: re-runs the stored draw with its seed and shows whether the result is the same. */
export function VerifyButton({ batchId }: { batchId: string }) {
  const verify = useVerifySample();
  const { message } = App.useApp();
  const [check, setCheck] = useState<SampleCheck | null>(null);
  return (
    <>
      <Button
        size="small"
        icon={<SafetyCertificateOutlined aria-hidden />}
        loading={verify.isPending}
        onClick={() =>
          verify.mutateAsync(batchId).then(setCheck, (e: unknown) => message.error(problemText(e)))
        }
      >
        {t('verify')}
      </Button>
      {check ? (
        <Modal open title={t('verifyTitle')} onCancel={() => setCheck(null)} footer={null}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type={check.identical ? 'success' : 'warning'}
              showIcon
              title={check.identical ? t('identical') : t('different')}
              description={<span data-testid="verify-result">{check.explanation}</span>}
            />
            <Differences title={t('missing')} rows={check.missing} />
            <Differences title={t('added')} rows={check.added} />
          </Space>
        </Modal>
      ) : null}
    </>
  );
}
