import type { CaseSummary } from '@jiandu/contracts/cases';
import type { Page } from '@jiandu/contracts/paging';
import type { UseQueryResult } from '@tanstack/react-query';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { ListTable } from '../../../components/list/list-table.tsx';
import type { Paging } from '../../../lib/paged-params.ts';
import { columnSortOrder } from '../../../lib/paged-table.ts';
import type { CaseSort } from '../api/use-cases.ts';
import { formatFine } from '../format.ts';
import { kindLabel, originLabel, partyTypeLabel, procedureLabel } from '../labels.ts';
import type { ListReturn } from '../list-params.ts';
import { t } from '../locale.ts';
import { CaseStatusTag } from './case-status-tag.tsx';

interface Props {
  query: UseQueryResult<Page<CaseSummary>>;
  paging: Paging<CaseSort>;
}

const COLUMN_SORT: Record<string, CaseSort> = { filedOn: 'filed', decidedOn: 'decided' };
const nowrap = { whiteSpace: 'nowrap' } as const;
const secondary = { fontSize: 12 } as const;

/**
 * The cases: number, subject, agency, kind and procedure, party, status with missed deadlines, filing
 * date, decision date with its fine, and origin; paged and sorted on the server.
 */
export function CaseTable({ query, paging }: Props) {
  const sortOrder = (sort: CaseSort) => columnSortOrder(paging.params, sort);
  // The case page's back link returns to the list as filtered and paged here.
  const back: ListReturn = { listSearch: useLocation().search };
  const columns: TableColumnsType<CaseSummary> = [
    {
      title: t('caseNumber'),
      dataIndex: 'externalId',
      render: (number: string, c) => (
        <Link to={c.id} state={back} style={{ ...nowrap, fontFamily: 'monospace' }}>
          {number}
        </Link>
      ),
    },
    {
      title: t('caseTitle'),
      dataIndex: 'title',
      render: (title: string | null, c) => (
        <span style={{ display: 'inline-block', minWidth: 110, maxWidth: 160 }}>
          {title ?? <Typography.Text type="secondary">{t('noTitle')}</Typography.Text>}
          {c.major ? (
            <Tag color="red" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
              {t('major')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: t('agency'),
      key: 'agency',
      render: (_, c) => (
        <span style={{ display: 'inline-block', minWidth: 100, maxWidth: 140 }}>{c.agency.name}</span>
      ),
    },
    {
      title: t('kindProcedure'),
      key: 'kind',
      render: (_, c) => (
        <span style={nowrap}>
          {kindLabel(c.kind)}
          {c.procedure ? (
            <>
              <br />
              <Typography.Text type="secondary" style={secondary}>
                {procedureLabel(c.procedure)}
              </Typography.Text>
            </>
          ) : null}
        </span>
      ),
    },
    {
      title: t('party'),
      key: 'party',
      render: (_, c) =>
        c.partyName ? (
          <span style={{ display: 'inline-block', minWidth: 70, maxWidth: 120 }}>
            {c.partyName}
            {c.partyType ? (
              <>
                <br />
                <Typography.Text type="secondary" style={secondary}>
                  {partyTypeLabel(c.partyType)}
                </Typography.Text>
              </>
            ) : null}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('status'),
      key: 'status',
      render: (_, c) => (
        <Space orientation="vertical" size={4} align="start">
          <CaseStatusTag status={c.status} />
          {c.lateDeadlines > 0 ? (
            <Tag color="error" style={{ ...nowrap, marginInlineEnd: 0 }}>
              {t('lateCount', { n: c.lateDeadlines })}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('filedOn'),
      dataIndex: 'filedOn',
      sorter: true,
      sortOrder: sortOrder('filed'),
      render: (day: string | null) => <span style={nowrap}>{day ?? '—'}</span>,
    },
    {
      title: t('decidedFine'),
      dataIndex: 'decidedOn',
      sorter: true,
      sortOrder: sortOrder('decided'),
      render: (day: string | null, c) => (
        <span style={nowrap}>
          {day ?? '—'}
          {c.fine !== null ? (
            <>
              <br />
              <Typography.Text type="secondary" style={secondary}>
                {t('fineValue', { fine: formatFine(c.fine) })}
              </Typography.Text>
            </>
          ) : null}
        </span>
      ),
    },
    {
      title: t('origin'),
      key: 'origin',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span style={nowrap}>{originLabel(c.origin)}</span>
          {c.sourceName ? (
            <Typography.Text type="secondary" style={{ ...secondary, display: 'inline-block', maxWidth: 90 }}>
              {c.sourceName}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <ListTable<CaseSummary, CaseSort>
      query={query}
      columns={columns}
      paging={paging}
      columnSort={COLUMN_SORT}
      emptyText={t('noCases')}
      totalText={(total) => t('total', { total })}
    />
  );
}
