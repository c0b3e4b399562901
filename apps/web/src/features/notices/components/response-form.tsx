import {
  type Attachment,
  type Notice,
  NoticeResponseCreateSchema,
  RESPONSE_KINDS,
  type ResponseKind,
} from '@jiandu/contracts/matters';
import { Alert, App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { AttachmentUpload } from '../../../components/notices/attachment-upload.tsx';
import { responseKindLabel } from '../../../components/notices/labels.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useRespondToNotice } from '../api/use-respond-notice.ts';
import { t } from '../locale.ts';

interface Values {
  kind?: ResponseKind;
  content?: string;
  attachments?: Attachment[];
}

/**
 * 报送整改情况: a plan, progress or the completion report, with materials uploaded one by one
 * through the matter; while a report is being verified, or once the notice is settled, it says so.
 */
export function ResponseForm({ notice }: { notice: Notice }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const respond = useRespondToNotice(notice.id);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  // A new form after each report, so the uploaded files of the last one are not sent twice.
  const [round, setRound] = useState(0);
  const kind = Form.useWatch('kind', form);
  if (notice.status !== 'issued')
    return (
      <Card size="small" title={t('respondTitle')}>
        <Typography.Text type="secondary">
          {notice.status === 'reported' ? t('respondWaiting') : t('respondClosed')}
        </Typography.Text>
      </Card>
    );
  const onFinish = async (v: Values) => {
    if (uploading) {
      setError(t('waitUploads'));
      return;
    }
    setError(null);
    try {
      await respond.mutateAsync({
        kind: v.kind!,
        content: v.content!.trim(),
        attachments: v.attachments ?? [],
      });
      message.success(t('submitted', { kind: responseKindLabel(v.kind!) }));
      form.resetFields();
      setRound((r) => r + 1);
    } catch (e) {
      applyFieldErrors(form, e, ['kind', 'content', 'attachments']);
      setError(problemText(e));
    }
  };
  return (
    <Card size="small" title={t('respondTitle')}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        key={round}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ attachments: [] }}
      >
        <Form.Item
          name="kind"
          label={t('responseKind')}
          extra={kind === 'report' ? t('reportHint') : undefined}
          rules={[{ required: true, message: t('responseKindRequired') }]}
        >
          <Radio.Group options={RESPONSE_KINDS.map((k) => ({ value: k, label: responseKindLabel(k) }))} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('content')}
          rules={[
            { required: true, whitespace: true, message: t('contentRequired') },
            schemaRule(NoticeResponseCreateSchema.shape.content),
          ]}
        >
          <Input.TextArea rows={4} maxLength={8000} showCount placeholder={t('contentPlaceholder')} />
        </Form.Item>
        <Form.Item name="attachments" label={t('attachments')}>
          <AttachmentUpload matterId={notice.matterId} onBusyChange={setUploading} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={respond.isPending} disabled={uploading}>
          {t('submit')}
        </Button>
      </Form>
    </Card>
  );
}
