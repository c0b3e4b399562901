import type { Page } from '@jiandu/contracts/paging';
import type { ReferralSummary } from '@jiandu/contracts/referrals';
import type { UseQueryResult } from '@tanstack/react-query';
import { Flex, Grid, Space, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { ListTable } from '../../../components/list/list-table.tsx';
import type { Paging } from '../../../lib/paged-params.ts';
import { originLabel, outcomeLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { ReferralDue } from './referral-due.tsx';
import { ReferralStatusTag, ReferralTargetTag } from './referral-tags.tsx';

/** A referral's title linking to its page, its number (or that it has none yet) and subject beneath. */
function TitleCell({ referral: r }: { referral: ReferralSummary }) {
  return (
    <div style={{ minWidth: 200, maxWidth: 380, wordBreak: 'break-word' }}>
      <Link to={`/referrals/${encodeURIComponent(r.id)}`}>{r.title}</Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[r.number ?? t('noNumber'), r.subjectName].filter(Boolean).join(' · ')}
        </Typography.Text>
      </div>
    </div>
  );
}

/** On a phone one column holds what matters most: the title, where it stands and what is due. */
const compact: TableColumnsType<ReferralSummary> = [
  {
    title: t('referralTitle'),
    key: 'title',
    render: (_, r) => (
      <Space
        orientation="vertical"
        size={4}
        // The table is as wide as its content: the cell keeps to the phone's width so titles wrap.
        style={{ maxWidth: 'calc(100vw - 96px)', wordBreak: 'break-word' }}
      >
        <Link to={`/referrals/${encodeURIComponent(r.id)}`}>{r.title}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[r.number ?? t('noNumber'), r.orgName].join(' · ')}
        </Typography.Text>
        <Flex wrap gap={4}>
          <ReferralStatusTag status={r.status} />
          <ReferralTargetTag target={r.targetKind} />
        </Flex>
        <ReferralDue referral={r} />
      </Space>
    ),
  },
];

const columns: TableColumnsType<ReferralSummary> = [
  { title: t('referralTitle'), key: 'title', render: (_, r) => <TitleCell referral={r} /> },
  {
    title: t('target'),
    key: 'target',
    render: (_, r) => (
      <div style={{ minWidth: 140 }}>
        <ReferralTargetTag target={r.targetKind} />
        <div style={{ fontSize: 12, marginTop: 2 }}>{r.targetName}</div>
      </div>
    ),
  },
  { title: t('org'), dataIndex: 'orgName' },
  { title: t('status'), key: 'status', render: (_, r) => <ReferralStatusTag status={r.status} /> },
  { title: t('currentDue'), key: 'due', render: (_, r) => <ReferralDue referral={r} /> },
  { title: t('origin'), key: 'origin', render: (_, r) => originLabel(r.origin) },
  { title: t('draftedOn'), dataIndex: 'draftedOn' },
  { title: t('sentOn'), dataIndex: 'sentOn', render: (v: string | null) => v ?? '—' },
  { title: t('outcome'), key: 'outcome', render: (_, r) => (r.outcome ? outcomeLabel(r.outcome) : '—') },
];

/** The referrals matching the list's filters, nearest deadline first, paged on the server. */
export function ReferralTable({
  query,
  paging,
}: {
  query: UseQueryResult<Page<ReferralSummary>>;
  paging: Paging;
}) {
  const narrow = Grid.useBreakpoint().md === false;
  return (
    <ListTable<ReferralSummary>
      query={query}
      columns={narrow ? compact : columns}
      paging={paging}
      emptyText={t('noneFound')}
      totalText={(total) => t('total', { total: total.toLocaleString('zh-CN') })}
    />
  );
}
