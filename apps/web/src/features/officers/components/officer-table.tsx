import type { Officer } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { Button, Grid, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { columnSortOrder, pagedTableChange, pagerOf } from '../../../lib/paged-table.ts';
import type { OfficerListQuery, OfficerSort } from '../api/use-officers.ts';
import { genderLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { CertificateStatusTag } from './certificate-status-tag.tsx';

interface Props {
  query: OfficerListQuery;
  data: Page<Officer> | undefined;
  loading: boolean;
  canWrite: boolean;
  onQueryChange: (patch: Partial<OfficerListQuery>) => void;
  onEdit: (officer: Officer) => void;
}

const COLUMN_SORT: Record<string, OfficerSort> = { name: 'name', orgName: 'org', createdAt: 'created' };
const mono = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/** Field tags: the first one and a count of the rest (the full list in the tooltip). */
function FieldTags({ fields }: { fields: string[] }) {
  const labels = fields.map(fieldLabel);
  return (
    <span title={labels.join('、')}>
      {labels.slice(0, 1).map((l) => (
        <Tag key={l}>{l}</Tag>
      ))}
      {labels.length > 1 ? <Tag>+{labels.length - 1}</Tag> : null}
    </span>
  );
}

/** The officer list, paged and sorted on the server; ID numbers as the server masks them. */
export function OfficerTable({ query, data, loading, canWrite, onQueryChange, onEdit }: Props) {
  // Pinned columns would cover the rest of a phone's screen.
  const wide = Grid.useBreakpoint().md ?? true;
  const sortOrder = (sort: OfficerSort) => columnSortOrder(query, sort);
  const columns: TableColumnsType<Officer> = [
    {
      title: t('name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      width: 170,
      fixed: wide ? 'left' : undefined,
      render: (name: string, o) => (
        <Space size={4} wrap>
          <Link to={o.id}>{name}</Link>
          <Typography.Text type="secondary">{genderLabel(o.gender)}</Typography.Text>
          {o.legalReviewer ? <Tag color="blue">{t('legalReviewerTag')}</Tag> : null}
          {o.status === 'left' ? <Tag>{t('left')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('idNumber'),
      dataIndex: 'idNumber',
      width: 170,
      render: (v: string) => <span style={mono}>{v}</span>,
    },
    { title: t('org'), dataIndex: 'orgName', sorter: true, sortOrder: sortOrder('org'), width: 180 },
    { title: t('post'), dataIndex: 'post', width: 110 },
    {
      title: t('fields'),
      dataIndex: 'fields',
      width: 120,
      render: (f: string[]) => <FieldTags fields={f} />,
    },
    {
      title: t('certificates'),
      dataIndex: 'certificates',
      width: 200,
      render: (certs: Officer['certificates']) =>
        certs.length ? (
          <Space orientation="vertical" size={2}>
            {certs.map((c) => (
              <Space key={c.id} size={6}>
                <span style={mono}>{c.number}</span>
                <CertificateStatusTag status={c.status} />
              </Space>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('noCertificate')}</Typography.Text>
        ),
    },
    { title: t('hoursThisYear'), dataIndex: 'trainingHoursThisYear', width: 80, align: 'right' },
    {
      title: t('actions'),
      key: 'actions',
      width: canWrite ? 110 : 70,
      fixed: wide ? 'right' : undefined,
      render: (_, o) => (
        <Space size={0}>
          <Link to={o.id}>
            <Button type="link" size="small">
              {t('view')}
            </Button>
          </Link>
          {canWrite && o.status === 'active' ? (
            <Button type="link" size="small" onClick={() => onEdit(o)}>
              {t('edit')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Officer>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data?.items ?? []}
      scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0) }}
      tableLayout="fixed"
      locale={{ emptyText: loading ? ' ' : t('noOfficers') }}
      pagination={pagerOf(query, data?.total ?? 0, (total) => t('officerTotal', { total }))}
      onChange={pagedTableChange<Officer, OfficerSort>(
        COLUMN_SORT,
        query.pageSize,
        (sort, order) => onQueryChange({ sort, order, page: 1 }),
        (page, pageSize) => onQueryChange({ page, pageSize }),
      )}
    />
  );
}
