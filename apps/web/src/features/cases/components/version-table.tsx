import type { CaseDetail } from '@jiandu/contracts/cases';
import { Space, Table, type TableColumnsType, Tag } from 'antd';
import { formatTime } from '../format.ts';
import { originLabel } from '../labels.ts';
import { t } from '../locale.ts';

type Version = CaseDetail['versions'][number];

/** Who sent a version: a source system (系统报送) or a person recording it in Jiandu (平台办理). */
function ReceivedBy({ version }: { version: Version }) {
  return (
    <Space size={6} wrap>
      <Tag style={{ marginInlineEnd: 0 }}>{originLabel(version.origin)}</Tag>
      {version.receivedBy}
    </Space>
  );
}

/** 版本: every version received or recorded, newest first, with who sent it and when. */
export function VersionTable({ versions, current }: { versions: Version[]; current: number }) {
  const columns: TableColumnsType<Version> = [
    {
      title: t('version'),
      dataIndex: 'version',
      render: (n: number) => (
        <Space size={6} style={{ whiteSpace: 'nowrap' }}>
          {t('versionN', { n })}
          {n === current ? (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t('current')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('receivedAt'),
      dataIndex: 'receivedAt',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(at)}</span>,
    },
    {
      title: t('receivedBy'),
      key: 'receivedBy',
      render: (_: unknown, version: Version) => <ReceivedBy version={version} />,
    },
  ];
  return (
    <Table<Version>
      rowKey="version"
      size="middle"
      dataSource={[...versions].reverse()}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
