import {
  CheckOutlined,
  EditOutlined,
  RollbackOutlined,
  SendOutlined,
  SoundOutlined,
  StopOutlined,
} from '@ant-design/icons';
import type { AgencyDetail } from '@jiandu/contracts/agencies';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../lib/form-errors.ts';
import { useConfirmQualification } from '../api/use-confirm-qualification.ts';
import { usePublishQualification } from '../api/use-publish-qualification.ts';
import { useReturnQualification } from '../api/use-return-qualification.ts';
import { useRevokeQualification } from '../api/use-revoke-qualification.ts';
import { useSubmitQualification } from '../api/use-submit-qualification.ts';
import { t } from '../locale.ts';
import { type StepKind, StepModal } from './step-modal.tsx';

interface Props {
  detail: AgencyDetail;
  onEdit: () => void;
}

/** The workflow steps the user may take now (the server says which): 填写 / 提交 / 退回 / 确认 / 公告 / 撤销. */
export function WorkflowButtons({ detail, onEdit }: Props) {
  const { message, modal } = App.useApp();
  const orgId = detail.agency.orgId;
  const [step, setStep] = useState<StepKind | null>(null);
  const submit = useSubmitQualification(orgId);
  const giveBack = useReturnQualification(orgId);
  const confirm = useConfirmQualification(orgId);
  const publish = usePublishQualification(orgId);
  const revoke = useRevokeQualification(orgId);
  const { actions, current, pending } = detail;
  const working =
    pending ?? (current && (current.status === 'draft' || current.status === 'submitted') ? current : null);
  const n = working?.version ?? current?.version ?? 1;
  const editLabel = working?.status === 'draft' ? t('editDraft') : current ? t('newVersion') : t('edit');
  // message.success returns a thenable that settles when the toast closes: do not wait for it.
  const done = () => {
    message.success(t('done'));
  };

  const askSubmit = () =>
    modal.confirm({
      title: t('submit'),
      content: t('submitConfirm'),
      okText: t('ok'),
      cancelText: t('cancel'),
      onOk: () =>
        submit
          .mutateAsync({})
          .then(done)
          .catch((e: unknown) => message.error(errorText(e))),
    });

  const steps: Record<
    StepKind,
    {
      title: string;
      pending: boolean;
      run: (v: { reason?: string; effectiveDate?: string }) => Promise<unknown>;
    }
  > = {
    return: {
      title: t('returnTitle', { n }),
      pending: giveBack.isPending,
      run: (v) => giveBack.mutateAsync({ reason: v.reason ?? '' }).then(done),
    },
    confirm: {
      title: t('confirmTitle', { n }),
      pending: confirm.isPending,
      run: (v) => confirm.mutateAsync(v.effectiveDate ? { effectiveDate: v.effectiveDate } : {}).then(done),
    },
    publish: {
      title: t('publishTitle', { n: current?.version ?? n }),
      pending: publish.isPending,
      run: (v) => publish.mutateAsync(v.effectiveDate ? { effectiveDate: v.effectiveDate } : {}).then(done),
    },
    revoke: {
      title: t('revokeTitle'),
      pending: revoke.isPending,
      run: (v) =>
        revoke.mutateAsync({ reason: v.reason ?? '', effectiveDate: v.effectiveDate ?? '' }).then(done),
    },
  };

  return (
    <Space wrap>
      {actions.edit ? (
        <Button icon={<EditOutlined />} onClick={onEdit}>
          {editLabel}
        </Button>
      ) : null}
      {actions.submit ? (
        <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} onClick={askSubmit}>
          {t('submit')}
        </Button>
      ) : null}
      {actions.return ? (
        <Button icon={<RollbackOutlined />} onClick={() => setStep('return')}>
          {t('returnDraft')}
        </Button>
      ) : null}
      {actions.confirm ? (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setStep('confirm')}>
          {t('confirmAction')}
        </Button>
      ) : null}
      {actions.publish ? (
        <Button type="primary" icon={<SoundOutlined />} onClick={() => setStep('publish')}>
          {t('publish')}
        </Button>
      ) : null}
      {actions.revoke ? (
        <Button danger icon={<StopOutlined />} onClick={() => setStep('revoke')}>
          {t('revoke')}
        </Button>
      ) : null}
      {step ? <StepModal kind={step} {...steps[step]} onClose={() => setStep(null)} /> : null}
    </Space>
  );
}
