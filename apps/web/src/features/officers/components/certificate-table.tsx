import type { Certificate } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { Button, Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { columnSortOrder, pagedTableChange, pagerOf } from '../../../lib/paged-table.ts';
import type { CertificateListQuery, CertificateSort } from '../api/use-certificates.ts';
import { daysUntil } from '../format.ts';
import { typeLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { CertificateStatusTag } from './certificate-status-tag.tsx';

interface Props {
  query: CertificateListQuery;
  data: Page<Certificate> | undefined;
  loading: boolean;
  onQueryChange: (patch: Partial<CertificateListQuery>) => void;
}

const COLUMN_SORT: Record<string, CertificateSort> = {
  number: 'number',
  officerName: 'name',
  issueDate: 'issueDate',
  expiryDate: 'expiryDate',
};

/** The expiry date, with how many days are left when it is near and the certificate still counts. */
function Expiry({ c }: { c: Certificate }) {
  const days = daysUntil(c.expiryDate);
  const live = c.status === 'valid' || c.status === 'suspended';
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {c.expiryDate}
      {live && days >= 0 && days <= 60 ? (
        <Tag color={days <= 7 ? 'red' : days <= 30 ? 'orange' : 'gold'} style={{ marginInlineStart: 6 }}>
          {t('daysLeft', { days })}
        </Tag>
      ) : null}
    </span>
  );
}

/** The certificate list, paged on the server; each row leads to its holder. */
export function CertificateTable({ query, data, loading, onQueryChange }: Props) {
  // Pinned columns would cover the rest of a phone's screen.
  const wide = Grid.useBreakpoint().md ?? true;
  const sortOrder = (sort: CertificateSort) => columnSortOrder(query, sort);
  const holderLink = (c: Certificate) => `/officers/${encodeURIComponent(c.officerId)}`;
  const columns: TableColumnsType<Certificate> = [
    {
      title: t('certificateNumber'),
      dataIndex: 'number',
      width: 150,
      sorter: true,
      sortOrder: sortOrder('number'),
      render: (n: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{n}</Typography.Text>,
    },
    {
      title: t('certificateStatus'),
      dataIndex: 'status',
      width: 80,
      render: (s: Certificate['status']) => <CertificateStatusTag status={s} />,
    },
    {
      title: t('holder'),
      dataIndex: 'officerName',
      width: 90,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, c) => <Link to={holderLink(c)}>{name}</Link>,
    },
    { title: t('org'), dataIndex: 'orgName', width: 180 },
    {
      title: t('certificateType'),
      dataIndex: 'type',
      width: 120,
      render: (v: Certificate['type'], c) => (
        <span title={c.fields.map(fieldLabel).join('、')}>{typeLabel(v)}</span>
      ),
    },
    {
      title: t('expiryDate'),
      dataIndex: 'expiryDate',
      width: 165,
      sorter: true,
      sortOrder: sortOrder('expiryDate'),
      render: (_, c) => <Expiry c={c} />,
    },
    {
      title: t('issueDate'),
      dataIndex: 'issueDate',
      width: 105,
      sorter: true,
      sortOrder: sortOrder('issueDate'),
    },
    { title: t('issuingAuthority'), dataIndex: 'issuingAuthority', width: 130, ellipsis: true },
    {
      title: t('actions'),
      key: 'actions',
      width: 95,
      fixed: wide ? 'right' : undefined,
      render: (_, c) => (
        <Link to={holderLink(c)}>
          <Button type="link" size="small">
            {t('viewHolder')}
          </Button>
        </Link>
      ),
    },
  ];
  return (
    <Table<Certificate>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data?.items ?? []}
      tableLayout="fixed"
      scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0) }}
      locale={{ emptyText: loading ? ' ' : t('noCertificates') }}
      pagination={pagerOf(query, data?.total ?? 0, (total) => t('certificateTotal', { total }))}
      onChange={pagedTableChange<Certificate, CertificateSort>(
        COLUMN_SORT,
        query.pageSize,
        (sort, order) => onQueryChange({ sort, order, page: 1 }),
        (page, pageSize) => onQueryChange({ page, pageSize }),
      )}
    />
  );
}
