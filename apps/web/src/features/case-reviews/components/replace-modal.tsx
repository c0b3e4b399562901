import type { BatchDetail, ReviewFile } from '@jiandu/contracts/case-reviews';
import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { replaceReviewer, useFileDecision } from '../api/use-file-decision.ts';
import { t } from '../locale-team.ts';

interface Props {
  batch: BatchDetail;
  file: ReviewFile;
  sheet: ReviewFile['assignments'][number];
  onClose: () => void;
}

/** Replaces one reviewer of a file with another of the pool; the server checks the new one's conflicts. */
export function ReplaceModal({ batch, file, sheet, onClose }: Props) {
  const [form] = Form.useForm<{ reviewerId: string; reason: string }>();
  const { message } = App.useApp();
  const replace = useFileDecision(replaceReviewer);
  const [error, setError] = useState<string | null>(null);
  const onFile = new Set(file.assignments.filter((a) => a.status !== 'replaced').map((a) => a.reviewerId));
  return (
    <FormModal
      form={form}
      error={error}
      title={t('replaceTitle', { name: sheet.reviewerName })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={replace.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setError(null);
          try {
            await replace.mutateAsync({
              batchId: batch.id,
              fileId: file.id,
              assignmentId: sheet.id,
              input: v,
            });
            message.success(t('replaced'));
            onClose();
          } catch (e) {
            if (!applyFieldErrors(form, e, ['reviewerId', 'reason'])) setError(problemText(e));
          }
        }}
      >
        <Form.Item
          name="reviewerId"
          label={t('replaceWith')}
          rules={[{ required: true, message: t('replaceWith') }]}
        >
          <Select
            options={batch.reviewers
              .filter((r) => !onFile.has(r.id))
              .map((r) => ({ value: r.id, label: `${r.name} · ${r.employer}` }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, min: 4, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
