import { PlusOutlined } from '@ant-design/icons';
import type { SourceSystem } from '@jiandu/contracts/sources';
import { Alert, App, Button, Card, Grid, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { useRevokeSource } from '../api/use-revoke-source.ts';
import { useSources } from '../api/use-sources.ts';
import { DeliveriesDrawer } from '../components/deliveries-drawer.tsx';
import { RegisterSourceModal } from '../components/register-source-modal.tsx';
import { SecretModal } from '../components/secret-modal.tsx';
import { sourceColumns } from '../components/source-columns.tsx';
import { TokenModal } from '../components/token-modal.tsx';
import { WebhookMenu } from '../components/webhook-menu.tsx';
import { WebhookModal } from '../components/webhook-modal.tsx';
import { t } from '../locale.ts';

const detailOf = (e: unknown) => (e instanceof ApiError ? e.problem.detail : String(e));

/**
 * The source systems with their tokens and webhooks: register one (token shown once), see its use,
 * set where its messages are pushed (secret shown once), follow the deliveries, revoke it.
 */
export default function SourcesPage() {
  const { can } = useSession();
  const { message } = App.useApp();
  const sources = useSources();
  const revoke = useRevokeSource();
  const [registering, setRegistering] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [editing, setEditing] = useState<SourceSystem | null>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [deliveriesOf, setDeliveriesOf] = useState<string | null>(null);
  const writable = can('source.write');
  const wide = Grid.useBreakpoint().md ?? true;

  const revokeButton = (s: SourceSystem) =>
    writable && !s.revokedAt ? (
      <Popconfirm
        title={t('revokeConfirm')}
        okText={t('revokeOk')}
        okButtonProps={{ danger: true }}
        onConfirm={() =>
          revoke.mutateAsync(s.id).then(
            () => {
              message.success(t('revokedMessage'));
            },
            (e: unknown) => message.error(t('failed', { detail: detailOf(e) })),
          )
        }
      >
        <Button danger size="small">
          {t('revoke')}
        </Button>
      </Popconfirm>
    ) : null;

  const actions = (s: SourceSystem) => (
    <Space size={4} wrap>
      <Button size="small" onClick={() => setDeliveriesOf(s.id)}>
        {t('deliveries')}
      </Button>
      {writable && !s.revokedAt ? (
        <WebhookMenu
          source={s}
          onEdit={setEditing}
          onSecret={setSecret}
          onTested={(tested) => setDeliveriesOf(tested.id)}
        />
      ) : null}
      {revokeButton(s)}
    </Space>
  );

  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      {writable ? (
        <div className="page-toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('register')}
          </Button>
        </div>
      ) : null}
      {sources.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('loadFailed', { detail: detailOf(sources.error) })}
        />
      ) : null}
      <Table<SourceSystem>
        rowKey="id"
        size="small"
        loading={sources.isLoading}
        dataSource={sources.data ?? []}
        pagination={false}
        scroll={wide ? { x: 'max-content' } : undefined}
        columns={sourceColumns(wide, actions)}
      />
      <RegisterSourceModal
        open={registering}
        onClose={() => setRegistering(false)}
        onCreated={(c) => setCreated({ name: c.source.name, token: c.token })}
      />
      <TokenModal created={created} onClose={() => setCreated(null)} />
      <WebhookModal
        source={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => setSecret({ name: saved.source.name, secret: saved.secret })}
      />
      <SecretModal created={secret} onClose={() => setSecret(null)} />
      <DeliveriesDrawer
        source={sources.data?.find((s) => s.id === deliveriesOf) ?? null}
        writable={writable}
        onClose={() => setDeliveriesOf(null)}
      />
    </Card>
  );
}
