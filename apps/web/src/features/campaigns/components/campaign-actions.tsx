import { CheckCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { Campaign } from '@jiandu/contracts/campaigns';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useStartCampaign } from '../api/use-start-campaign.ts';
import { t } from '../locale.ts';
import { FinishModal } from './finish-modal.tsx';

/** 开始 a planned campaign, 结束 one under way (with its conclusion); for those who manage plans. */
export function CampaignActions({ campaign }: { campaign: Campaign }) {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const start = useStartCampaign(campaign.id);
  const [finishing, setFinishing] = useState(false);
  if (!can('plan.manage') || campaign.status === 'finished') return null;
  const askStart = () =>
    modal.confirm({
      title: t('start'),
      content: t('startConfirm'),
      okText: t('start'),
      cancelText: t('cancel'),
      onOk: () =>
        start
          .mutateAsync()
          .then(() => {
            message.success(t('started'));
          })
          .catch((e: unknown) => {
            message.error(problemText(e));
          }),
    });
  return (
    <Space wrap>
      {campaign.status === 'planned' ? (
        <Button
          type="primary"
          icon={<PlayCircleOutlined aria-hidden />}
          loading={start.isPending}
          onClick={askStart}
        >
          {t('start')}
        </Button>
      ) : (
        <Button icon={<CheckCircleOutlined aria-hidden />} onClick={() => setFinishing(true)}>
          {t('finish')}
        </Button>
      )}
      {finishing ? <FinishModal campaign={campaign} onClose={() => setFinishing(false)} /> : null}
    </Space>
  );
}
