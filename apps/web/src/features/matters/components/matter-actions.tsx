import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { MatterDetail } from '@jiandu/contracts/matters';
import { Alert, Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../locale-matter.ts';
import type { matterSteps } from '../matter-steps.ts';
import { CloseModal } from './close-modal.tsx';
import { EscalateModal } from './escalate-modal.tsx';

/**
 * The supervisor's steps on the whole matter: 升级督办, made prominent when rectification is overdue,
 * and 办结, disabled with the reason while something is still open.
 */
export function MatterActions({
  matter,
  steps,
}: {
  matter: MatterDetail;
  steps: ReturnType<typeof matterSteps>;
}) {
  const [acting, setActing] = useState<'escalate' | 'close' | null>(null);
  const overdue = matter.status === 'rectifying' && matter.overdueDays > 0;
  if (matter.status === 'closed') return null;
  return (
    <>
      {overdue ? (
        <Alert
          type="error"
          showIcon
          title={t('overdueAlert', { n: matter.overdueDays })}
          description={t('overdueHint')}
          action={
            <Button danger type="primary" onClick={() => setActing('escalate')}>
              {t('escalate')}
            </Button>
          }
          style={{ marginBottom: 12, flexWrap: 'wrap', rowGap: 8 }}
          data-testid="matter-overdue"
        />
      ) : null}
      <Flex wrap gap={8} align="center">
        {steps.escalate.allowed && !overdue ? (
          <Button icon={<ExclamationCircleOutlined aria-hidden />} onClick={() => setActing('escalate')}>
            {t('escalate')}
          </Button>
        ) : null}
        <Tooltip title={steps.close.allowed ? undefined : steps.close.reason}>
          <Button
            type={steps.close.allowed ? 'primary' : 'default'}
            icon={<CheckCircleOutlined aria-hidden />}
            disabled={!steps.close.allowed}
            onClick={() => setActing('close')}
          >
            {t('close')}
          </Button>
        </Tooltip>
        {!steps.close.allowed && steps.close.reason ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="close-reason">
            {steps.close.reason}
          </Typography.Text>
        ) : null}
      </Flex>
      {acting === 'escalate' ? <EscalateModal matter={matter} onClose={() => setActing(null)} /> : null}
      {acting === 'close' ? <CloseModal matter={matter} onClose={() => setActing(null)} /> : null}
    </>
  );
}
