import { DownOutlined } from '@ant-design/icons';
import type { SourceSystem } from '@jiandu/contracts/sources';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { ApiError } from '../../../lib/api.ts';
import { useClearWebhook } from '../api/use-clear-webhook.ts';
import { useRotateWebhookSecret } from '../api/use-rotate-webhook-secret.ts';
import { useSendTestMessage } from '../api/use-send-test-message.ts';
import { t } from '../locale.ts';

const detailOf = (e: unknown) => (e instanceof ApiError ? e.problem.detail : String(e));

interface Props {
  source: SourceSystem;
  onEdit: (source: SourceSystem) => void;
  onSecret: (created: { name: string; secret: string }) => void;
  /** Called after a test message is queued, to show where its result appears. */
  onTested: (source: SourceSystem) => void;
}

/** A source's webhook actions: set or change the address, new secret, test message, clear. */
export function WebhookMenu({ source, onEdit, onSecret, onTested }: Props) {
  const { message, modal } = App.useApp();
  const rotate = useRotateWebhookSecret();
  const clear = useClearWebhook();
  const test = useSendTestMessage();
  const set = Boolean(source.webhook);
  const items: MenuProps['items'] = [
    { key: 'edit', label: set ? t('webhookEdit') : t('webhookSet') },
    { key: 'test', label: t('webhookTest'), disabled: !set },
    { key: 'rotate', label: t('webhookRotate'), disabled: !set },
    { type: 'divider' },
    { key: 'clear', label: t('webhookClear'), danger: true, disabled: !set },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'edit') onEdit(source);
    if (key === 'test')
      test.mutate(source.id, {
        onSuccess: () => {
          message.success(t('testQueued'));
          onTested(source);
        },
        onError: (e) => message.error(t('failed', { detail: detailOf(e) })),
      });
    if (key === 'rotate')
      modal.confirm({
        title: t('webhookRotate'),
        content: t('webhookRotateConfirm'),
        okText: t('webhookRotateOk'),
        cancelText: t('cancel'),
        onOk: () =>
          rotate.mutateAsync(source.id).then(
            (r) => onSecret({ name: r.source.name, secret: r.secret }),
            (e: unknown) => message.error(t('failed', { detail: detailOf(e) })),
          ),
      });
    if (key === 'clear')
      modal.confirm({
        title: t('webhookClear'),
        content: t('webhookClearConfirm'),
        okText: t('webhookClearOk'),
        okButtonProps: { danger: true },
        cancelText: t('cancel'),
        onOk: () =>
          clear.mutateAsync(source.id).then(
            () => message.success(t('webhookCleared')),
            (e: unknown) => message.error(t('failed', { detail: detailOf(e) })),
          ),
      });
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button size="small" loading={test.isPending || rotate.isPending || clear.isPending}>
        {t('webhookMenu')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
