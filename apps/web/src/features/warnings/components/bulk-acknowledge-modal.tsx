import { WarningAcknowledgeManySchema } from '@jiandu/contracts/warnings';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAcknowledgeWarnings } from '../api/use-acknowledge-warnings.ts';
import { t } from '../locale.ts';

interface Props {
  ids: string[];
  onClose: () => void;
  /** Called once the server has answered, so the selection can be cleared. */
  onDone: () => void;
}

/** The skipped warnings grouped by the server's reason, most frequent first. */
function reasons(skipped: { reason: string }[]): string[] {
  const byReason = new Map<string, number>();
  for (const s of skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
  return [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} (${n})`);
}

/** 批量确认: acknowledges the chosen warnings with one note and says which were skipped and why. */
export function BulkAcknowledgeModal({ ids, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ note?: string }>();
  const { message, modal } = App.useApp();
  const acknowledge = useAcknowledgeWarnings();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ note }: { note?: string }) => {
    setError(null);
    try {
      const result = await acknowledge.mutateAsync({ ids, note: note?.trim() || undefined });
      onDone();
      onClose();
      if (result.skipped.length === 0) message.success(t('bulkDone', { n: result.acknowledged }));
      else
        modal.warning({
          title: `${t('bulkDone', { n: result.acknowledged })}, ${t('bulkSkipped', { n: result.skipped.length })}`,
          content: (
            <ul style={{ paddingInlineStart: 18, margin: 0 }}>
              {reasons(result.skipped).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ),
        });
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('bulkTitle', { n: ids.length })}
      okText={t('bulkAcknowledge')}
      cancelText={t('cancel')}
      confirmLoading={acknowledge.isPending}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('bulkHint')} style={{ marginBottom: 16 }} />}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="note"
          label={t('note')}
          rules={[schemaRule(WarningAcknowledgeManySchema.shape.note)]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
