import type { SourceSystem, SourceWebhookSecret } from '@jiandu/contracts/sources';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { ApiError } from '../../../lib/api.ts';
import { useSetWebhook } from '../api/use-set-webhook.ts';
import { t } from '../locale.ts';

interface Props {
  source: SourceSystem | null;
  onClose: () => void;
  onSaved: (saved: SourceWebhookSecret) => void;
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Sets or changes a source's webhook address; saving creates a new signing secret. */
export function WebhookModal({ source, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ url: string }>();
  const save = useSetWebhook();
  const url = Form.useWatch('url', form) ?? '';
  const close = () => {
    form.resetFields();
    save.reset();
    onClose();
  };
  const submit = async () => {
    if (!source) return;
    const values = await form.validateFields();
    save.mutate(
      { id: source.id, url: values.url.trim() },
      {
        onSuccess: (saved) => {
          close();
          onSaved(saved);
        },
      },
    );
  };
  return (
    <Modal
      open={source !== null}
      title={source?.webhook ? t('webhookEdit') : t('webhookSet')}
      okText={t('webhookSave')}
      cancelText={t('cancel')}
      onOk={submit}
      onCancel={close}
      confirmLoading={save.isPending}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{source?.name}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="source-webhook"
        initialValues={{ url: source?.webhook?.url ?? '' }}
      >
        <Form.Item
          label={t('webhookUrl')}
          name="url"
          extra={url.trim().startsWith('http://') ? t('webhookUrlHttp') : t('webhookHint')}
          rules={[
            { required: true, whitespace: true, message: t('webhookUrlRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || isHttpUrl(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('webhookUrlInvalid'))),
            },
          ]}
        >
          <Input placeholder={t('webhookUrlPlaceholder')} maxLength={2000} inputMode="url" />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={t('webhookSetNote')} style={{ marginBottom: save.error ? 12 : 0 }} />
      {save.error ? (
        <Alert
          type="error"
          showIcon
          title={t('failed', {
            detail: save.error instanceof ApiError ? save.error.problem.detail : String(save.error),
          })}
        />
      ) : null}
    </Modal>
  );
}
