import type { SourceSystem } from '@jiandu/contracts/sources';
import { Space, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatTime } from '../format.ts';
import { t } from '../locale.ts';

const SHOWN_ORGS = 3;
const small = { fontSize: 12 } as const;

function OrgTags({ orgs }: { orgs: SourceSystem['orgs'] }) {
  const rest = orgs.slice(SHOWN_ORGS);
  return (
    <Space size={[4, 4]} wrap style={{ maxWidth: 360 }}>
      {orgs.slice(0, SHOWN_ORGS).map((o) => (
        <Tag key={o.id} title={o.creditCode ?? undefined} style={{ marginInlineEnd: 0 }}>
          {o.name}
        </Tag>
      ))}
      {rest.length ? (
        <Tooltip title={rest.map((o) => o.name).join('、')}>
          <Tag style={{ marginInlineEnd: 0 }}>{t('more', { n: rest.length })}</Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}

const Status = ({ source }: { source: SourceSystem }) =>
  source.revokedAt ? (
    <Tooltip title={t('revokedAt', { at: formatTime(source.revokedAt) })}>
      <Tag color="default">{t('revoked')}</Tag>
    </Tooltip>
  ) : (
    <Tag color="green">{t('active')}</Tag>
  );

/** The webhook address, shortened to its host and path start; the full address on hover. */
function Webhook({ source }: { source: SourceSystem }) {
  if (!source.webhook) return <Typography.Text type="secondary">{t('webhookNone')}</Typography.Text>;
  return (
    <Tooltip title={`${source.webhook.url} · ${formatTime(source.webhook.updatedAt)}`}>
      <Typography.Text style={{ maxWidth: 240, display: 'inline-block' }} ellipsis>
        {source.webhook.url.replace(/^https?:\/\//, '')}
      </Typography.Text>
    </Tooltip>
  );
}

const Prefix = ({ source }: { source: SourceSystem }) => (
  <Typography.Text code>{source.tokenPrefix}…</Typography.Text>
);

function When({ at, sub }: { at: string | null; sub: string | null }) {
  if (!at) return <Typography.Text type="secondary">{t('never')}</Typography.Text>;
  return (
    <div>
      <div>{formatTime(at)}</div>
      <Typography.Text type="secondary" style={small}>
        {sub ?? '—'}
      </Typography.Text>
    </div>
  );
}

/**
 * The columns of the source table: one per field on a wide screen, one stacked column on a phone.
 * `action` renders the row's controls (deliveries, webhook settings, revoke).
 */
export function sourceColumns(
  wide: boolean,
  action: (s: SourceSystem) => ReactNode,
): TableColumnsType<SourceSystem> {
  if (!wide) {
    return [
      {
        title: t('title'),
        key: 'source',
        render: (_, s) => (
          <div style={{ display: 'grid', gap: 4, wordBreak: 'break-word' }}>
            <div>
              <Typography.Text strong>{s.name}</Typography.Text> <Status source={s} />
            </div>
            <div>
              <Prefix source={s} />
            </div>
            <OrgTags orgs={s.orgs} />
            <div style={small}>
              {t('webhook')}: <Webhook source={s} />
            </div>
            <Typography.Text type="secondary" style={small}>
              {t('lastUsed')}:{' '}
              {s.lastUsedAt ? `${formatTime(s.lastUsedAt)} ${s.lastUsedIp ?? ''}` : t('never')}
            </Typography.Text>
            <div>{action(s)}</div>
          </div>
        ),
      },
    ];
  }
  return [
    { title: t('name'), key: 'name', render: (_, s) => <Typography.Text strong>{s.name}</Typography.Text> },
    { title: t('token'), key: 'token', render: (_, s) => <Prefix source={s} /> },
    { title: t('orgs'), key: 'orgs', render: (_, s) => <OrgTags orgs={s.orgs} /> },
    { title: t('created'), key: 'created', render: (_, s) => <When at={s.createdAt} sub={s.createdBy} /> },
    {
      title: t('lastUsed'),
      key: 'lastUsed',
      render: (_, s) => <When at={s.lastUsedAt} sub={s.lastUsedIp} />,
    },
    { title: t('webhook'), key: 'webhook', render: (_, s) => <Webhook source={s} /> },
    { title: t('status'), key: 'status', render: (_, s) => <Status source={s} /> },
    { title: '', key: 'actions', fixed: 'right', render: (_, s) => action(s) },
  ];
}
