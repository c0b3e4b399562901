import type { ReviewFile } from '@jiandu/contracts/case-reviews';
import { Alert, App, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { overrideVeto, recordConsensus, useFileDecision } from '../api/use-file-decision.ts';
import { t } from '../locale-team.ts';

interface Props {
  kind: 'override' | 'consensus';
  batchId: string;
  file: ReviewFile;
  gap: number;
  total: number;
  onClose: () => void;
}

/** The organizer's decision on a file: setting a veto aside, or the score agreed in deliberation. */
export function DecisionModal({ kind, batchId, file, gap, total, onClose }: Props) {
  const [form] = Form.useForm<{ score?: number; reason: string }>();
  const { message } = App.useApp();
  const override = useFileDecision(overrideVeto);
  const consensus = useFileDecision(recordConsensus);
  const [error, setError] = useState<string | null>(null);
  const name = `${file.case.externalId}`;
  return (
    <FormModal
      form={form}
      error={error}
      title={kind === 'override' ? t('overrideTitle', { case: name }) : t('consensusTitle', { case: name })}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={kind === 'override' ? t('overrideHint') : t('consensusHint', { gap })}
        />
      }
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={override.isPending || consensus.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ score: file.score ?? undefined }}
        onFinish={async (v) => {
          setError(null);
          try {
            const ref = { batchId, fileId: file.id, reason: v.reason.trim() };
            if (kind === 'override') await override.mutateAsync(ref);
            else await consensus.mutateAsync({ ...ref, score: v.score ?? 0 });
            message.success(t('decided'));
            onClose();
          } catch (e) {
            if (!applyFieldErrors(form, e, ['score', 'reason'])) setError(problemText(e));
          }
        }}
      >
        {kind === 'consensus' ? (
          <Form.Item
            name="score"
            label={t('consensusScore')}
            rules={[{ required: true, message: t('consensusScore') }]}
          >
            <InputNumber min={0} max={total} step={0.5} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, min: 4, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
