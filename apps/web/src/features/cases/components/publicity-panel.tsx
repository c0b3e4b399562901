import { NotificationOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@jiandu/contracts/cases';
import type { Publication } from '@jiandu/contracts/publicity';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { t } from '../locale-publicity.ts';
import { PublicationTable } from './publication-table.tsx';
import { PublishModal } from './publish-modal.tsx';
import { WithdrawModal } from './withdraw-modal.tsx';

/**
 * 公示 tab: the case's publications, and for those who may publish, 预览并公示 once decided (when
 * nothing is on the portal) and 撤下 of what is.
 */
export function PublicityPanel({ detail }: { detail: CaseDetail }) {
  const { can } = useSession();
  const [publishing, setPublishing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Publication | null>(null);
  const canPublish = can('case.publish');
  const decided = Boolean(detail.summary.decidedOn);
  const live = detail.publications.some((p) => p.status === 'published');
  return (
    <Flex vertical gap={12}>
      {decided ? null : <Alert type="info" showIcon title={t('notDecided')} />}
      {canPublish && decided && !live ? (
        <Flex justify="flex-end">
          <Button
            type="primary"
            icon={<NotificationOutlined aria-hidden />}
            onClick={() => setPublishing(true)}
          >
            {t('previewPublish')}
          </Button>
        </Flex>
      ) : null}
      <PublicationTable
        publications={detail.publications}
        onWithdraw={canPublish ? setWithdrawing : undefined}
      />
      {publishing ? <PublishModal detail={detail} onClose={() => setPublishing(false)} /> : null}
      {withdrawing ? (
        <WithdrawModal
          caseId={detail.summary.id}
          documentNumber={withdrawing.content.documentNumber}
          onClose={() => setWithdrawing(null)}
        />
      ) : null}
    </Flex>
  );
}
