import { ExportOutlined, StopOutlined } from '@ant-design/icons';
import type { Publication } from '@jiandu/contracts/publicity';
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { todayShanghai } from '../../../lib/dates.ts';
import { t } from '../locale-publicity.ts';
import { EmptyText } from './empty-text.tsx';

interface Props {
  publications: Publication[];
  /** Offered on a live publication to those who may publish. */
  onWithdraw?: ((publication: Publication) => void) | undefined;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Where a publication stands: on the portal, past its period, or taken down. */
function StatusTag({ publication: p }: { publication: Publication }) {
  if (p.status === 'withdrawn') return <Tag style={{ marginInlineEnd: 0 }}>{t('withdrawn')}</Tag>;
  if (p.expiresOn && p.expiresOn < todayShanghai())
    return <Tag style={{ marginInlineEnd: 0 }}>{t('expired')}</Tag>;
  return (
    <Tag color="success" style={{ marginInlineEnd: 0 }}>
      {t('live')}
    </Tag>
  );
}

/** The case's publications, newest first: status, period, dates, the withdrawal and a link to the portal. */
export function PublicationTable({ publications, onWithdraw }: Props) {
  const columns: TableColumnsType<Publication> = [
    { title: t('status'), key: 'status', render: (_, p) => <StatusTag publication={p} /> },
    {
      title: t('documentNumber'),
      key: 'number',
      render: (_, p) => <span style={nowrap}>{p.content.documentNumber}</span>,
    },
    {
      title: t('period'),
      dataIndex: 'periodLabel',
      render: (label: string) => <span style={nowrap}>{label}</span>,
    },
    {
      title: t('publishedOn'),
      dataIndex: 'publishedOn',
      render: (day: string) => <span style={nowrap}>{day}</span>,
    },
    {
      title: t('expiresOn'),
      dataIndex: 'expiresOn',
      render: (day: string | null) => <span style={nowrap}>{day ?? t('noExpiry')}</span>,
    },
    {
      title: t('withdrawal'),
      key: 'withdrawal',
      render: (_, p) =>
        p.withdrawnOn ? (
          <span style={{ display: 'inline-block', minWidth: 140, maxWidth: 240 }}>
            {p.withdrawnOn}
            <br />
            <Typography.Text type="secondary">{p.withdrawReason}</Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('createdBy'),
      dataIndex: 'createdBy',
      render: (by: string) => <span style={nowrap}>{by}</span>,
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, p) =>
        p.status === 'published' ? (
          <Space size={0} style={nowrap}>
            <Typography.Link href={`/decisions/${encodeURIComponent(p.id)}`} target="_blank" rel="noreferrer">
              {t('portalPage')} <ExportOutlined aria-hidden />
            </Typography.Link>
            {onWithdraw ? (
              <Button type="link" danger icon={<StopOutlined aria-hidden />} onClick={() => onWithdraw(p)}>
                {t('withdraw')}
              </Button>
            ) : null}
          </Space>
        ) : null,
    },
  ];
  return (
    <Table<Publication>
      rowKey="id"
      size="middle"
      dataSource={publications}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <EmptyText>{t('noPublications')}</EmptyText> }}
    />
  );
}
