import {
  CheckOutlined,
  DeleteOutlined,
  EditOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { App, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import type { Subject } from '../api/keys.ts';
import { useDiscardDraft } from '../api/use-discard-draft.ts';
import { usePublish } from '../api/use-publish.ts';
import { useReturn } from '../api/use-return.ts';
import { useSubmit } from '../api/use-submit.ts';
import { useWithdraw } from '../api/use-withdraw.ts';
import { subjectLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { type StepKind, StepModal } from './step-modal.tsx';

interface Props {
  detail: ItemDetail;
  subject: Subject;
  onEdit: () => void;
}

/**
 * The steps the user may take now on the item or its benchmark (the server says which):
 * 编辑 / 提交审核 / 退回 / 发布 / 取消, and 放弃草稿 for a change not yet submitted.
 */
export function WorkflowButtons({ detail, subject, onEdit }: Props) {
  const { message, modal } = App.useApp();
  const id = detail.item.id;
  const [step, setStep] = useState<StepKind | null>(null);
  const submit = useSubmit(id, subject);
  const giveBack = useReturn(id, subject);
  const publish = usePublish(id, subject);
  const withdraw = useWithdraw(id, subject);
  const discard = useDiscardDraft(id, subject);
  const actions = detail.actions[subject];
  const { current, pending } = subject === 'item' ? detail : detail.benchmark;
  const what = subjectLabel(subject);
  const n = pending?.version ?? current?.version ?? 1;
  // message.success returns a thenable that settles when the toast closes; chained, it would hold the dialog open.
  const done = () => {
    message.success(t('done'));
  };
  const fail = (e: unknown) => {
    message.error(problemText(e));
  };
  // A new version or a withdrawal can only start after the version in force did (which may be ahead of today).
  const earliest = current?.effectiveFrom
    ? dayjs(current.effectiveFrom).add(1, 'day').format('YYYY-MM-DD')
    : undefined;
  const editLabel =
    pending?.status === 'draft'
      ? t('editDraft')
      : current
        ? t('adjust')
        : subject === 'benchmark'
          ? t('createBenchmark')
          : t('edit');

  const confirm = (title: string, content: string, danger: boolean, run: () => Promise<unknown>) =>
    modal.confirm({
      title,
      content,
      okText: t('ok'),
      cancelText: t('cancel'),
      okButtonProps: { danger },
      onOk: () => run().then(done).catch(fail),
    });

  const steps: Record<
    StepKind,
    {
      title: string;
      hint: string;
      pending: boolean;
      run: (v: { reason: string; effectiveDate: string }) => Promise<unknown>;
    }
  > = {
    return: {
      title: t('returnTitle', { what, n }),
      hint: t('returnHint'),
      pending: giveBack.isPending,
      run: (v) => giveBack.mutateAsync({ reason: v.reason }).then(done),
    },
    publish: {
      title: t('publishTitle', { what, n }),
      hint: current ? t('publishHintSupersede', { old: current.version }) : t('publishHint'),
      pending: publish.isPending,
      run: (v) => publish.mutateAsync({ effectiveDate: v.effectiveDate }).then(done),
    },
    withdraw: {
      title: t('withdrawTitle', { what }),
      hint: subject === 'item' ? t('withdrawItemHint') : t('withdrawBenchmarkHint'),
      pending: withdraw.isPending,
      run: (v) => withdraw.mutateAsync(v).then(done),
    },
  };

  return (
    <Space wrap>
      {actions.edit ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={onEdit}>
          {editLabel}
        </Button>
      ) : null}
      {actions.discard ? (
        <Button
          danger
          icon={<DeleteOutlined aria-hidden />}
          loading={discard.isPending}
          onClick={() =>
            confirm(t('discardTitle', { what }), t('discardConfirm', { n }), true, () =>
              discard.mutateAsync(undefined),
            )
          }
        >
          {t('discard')}
        </Button>
      ) : null}
      {actions.submit ? (
        <Button
          type="primary"
          icon={<SendOutlined aria-hidden />}
          loading={submit.isPending}
          onClick={() =>
            confirm(t('submit'), t('submitConfirm', { what, n }), false, () => submit.mutateAsync(undefined))
          }
        >
          {t('submit')}
        </Button>
      ) : null}
      {actions.return ? (
        <Button icon={<RollbackOutlined aria-hidden />} onClick={() => setStep('return')}>
          {t('returnAction')}
        </Button>
      ) : null}
      {actions.publish ? (
        <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setStep('publish')}>
          {t('publish')}
        </Button>
      ) : null}
      {actions.withdraw ? (
        <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setStep('withdraw')}>
          {t('withdraw')}
        </Button>
      ) : null}
      {step ? (
        <StepModal
          kind={step}
          {...steps[step]}
          earliest={step === 'return' ? undefined : earliest}
          onClose={() => setStep(null)}
        />
      ) : null}
    </Space>
  );
}
