import { EditOutlined, SendOutlined } from '@ant-design/icons';
import type { Plan } from '@jiandu/contracts/supervision-plans';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { usePublishPlan } from '../api/use-publish-plan.ts';
import { t } from '../locale.ts';
import { ArrangementsModal } from './arrangements-modal.tsx';
import { MidyearModal } from './midyear-modal.tsx';

/**
 * What the bureau does next with the plan: edit it (until summed up), issue a draft (which needs a
 * task), and record the mid-year check of an issued plan. Only for those who manage plans.
 */
export function PlanActions({ plan }: { plan: Plan }) {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const publish = usePublishPlan(plan.id);
  const [open, setOpen] = useState<'edit' | 'midyear' | null>(null);
  if (!can('plan.manage')) return null;
  const askPublish = () =>
    modal.confirm({
      title: t('publish'),
      content: t('publishConfirm'),
      okText: t('publish'),
      cancelText: t('cancel'),
      onOk: () =>
        publish
          .mutateAsync()
          .then(() => {
            message.success(t('publishedDone'));
          })
          .catch((e: unknown) => {
            message.error(problemText(e));
          }),
    });
  return (
    <Space wrap>
      {plan.status !== 'concluded' ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setOpen('edit')}>
          {t('editArrangements')}
        </Button>
      ) : null}
      {plan.status === 'draft' ? (
        <Tooltip title={plan.tasks.length ? null : t('publishNeedsTask')}>
          <Button
            type="primary"
            icon={<SendOutlined aria-hidden />}
            disabled={plan.tasks.length === 0}
            loading={publish.isPending}
            onClick={askPublish}
          >
            {t('publish')}
          </Button>
        </Tooltip>
      ) : null}
      {plan.status === 'published' ? (
        <Button type="primary" onClick={() => setOpen('midyear')}>
          {t('midyearButton')}
        </Button>
      ) : null}
      {open === 'edit' ? <ArrangementsModal plan={plan} onClose={() => setOpen(null)} /> : null}
      {open === 'midyear' ? <MidyearModal plan={plan} onClose={() => setOpen(null)} /> : null}
    </Space>
  );
}
