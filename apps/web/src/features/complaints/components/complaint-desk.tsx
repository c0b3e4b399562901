import type { ComplaintSummary } from '@jiandu/contracts/complaints';
import { Button, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { ListError } from '../../../components/list/list-error.tsx';
import { useSession } from '../../../console/session.tsx';
import type { ComplaintFilters } from '../api/use-complaints.ts';
import { useComplaints } from '../api/use-complaints.ts';
import { t } from '../locale.ts';
import { ComplaintTitleCell } from './complaint-columns.tsx';
import { DueCell, StatusTag } from './complaint-tags.tsx';
import './complaints.css';

/** One part of the desk: a list filter, what it is called, and what it says when empty. */
interface Section {
  key: string;
  title: string;
  hint: string;
  empty: string;
  filters: Partial<ComplaintFilters>;
  alarm?: boolean;
}

const ROWS = 5;

/** One section's first rows (nearest deadline first) and its total, with a way into the full list. */
function DeskSection({
  section,
  onShow,
}: {
  section: Section;
  onShow: (f: Partial<ComplaintFilters>) => void;
}) {
  const query = useComplaints({ ...section.filters, page: 1, pageSize: ROWS });
  const total = query.data?.total;
  const rows: ComplaintSummary[] | undefined = query.data?.items;
  const red = section.alarm && (total ?? 0) > 0;
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      data-testid={`desk-${section.key}`}
      title={
        <button
          type="button"
          className="desk-count"
          aria-label={`${section.title}: ${total ?? '…'}`}
          onClick={() => onShow(section.filters)}
        >
          <span>{section.title}</span>
          <span style={{ fontSize: 22, fontWeight: 600, color: red ? '#c41d2f' : undefined }}>
            {total ?? '…'}
          </span>
        </button>
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {section.hint}
      </Typography.Text>
      {query.error ? <ListError error={query.error} onRetry={() => query.refetch()} /> : null}
      {!rows && !query.error ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {rows?.length === 0 ? (
        <div style={{ padding: '8px 0' }}>
          <Typography.Text type="secondary">{section.empty}</Typography.Text>
        </div>
      ) : null}
      {rows?.length ? (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((c) => (
            <li key={c.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex wrap gap={8} justify="space-between" align="center">
                <ComplaintTitleCell complaint={c} agency />
                <Space size={6} wrap>
                  <StatusTag status={c.status} />
                  <DueCell complaint={c} />
                </Space>
              </Flex>
            </li>
          ))}
        </ul>
      ) : null}
      {(total ?? 0) > (rows?.length ?? 0) ? (
        <Button type="link" onClick={() => onShow(section.filters)} style={{ paddingInline: 0 }}>
          {t('more', { n: (total ?? 0) - (rows?.length ?? 0) })}
        </Button>
      ) : null}
    </Card>
  );
}

/**
 * 投诉举报工作台: what waits on the handler now — new complaints to accept, those transferred in,
 * deadlines coming up, deadlines missed, and (for those who approve) extensions to decide; each a
 * count and its first rows, a click away from the full list.
 */
export function ComplaintDesk({ onShow }: { onShow: (filters: Partial<ComplaintFilters>) => void }) {
  const { can } = useSession();
  const sections: Section[] = [
    {
      key: 'new',
      title: t('deskNew'),
      hint: t('deskNewHint'),
      empty: t('noneNew'),
      filters: { status: 'registered' },
    },
    {
      key: 'transferred',
      title: t('deskTransferred'),
      hint: t('deskTransferredHint'),
      empty: t('noneTransferred'),
      filters: { status: 'transferred' },
    },
    {
      key: 'soon',
      title: t('deskSoon'),
      hint: t('deskSoonHint'),
      empty: t('noneSoon'),
      filters: { due: 'pending' },
    },
    {
      key: 'overdue',
      title: t('deskOverdue'),
      hint: t('deskOverdueHint'),
      empty: t('noneOverdue'),
      filters: { due: 'overdue' },
      alarm: true,
    },
    ...(can('complaint.approve')
      ? [
          {
            key: 'extension',
            title: t('deskExtension'),
            hint: t('deskExtensionHint'),
            empty: t('noneExtension'),
            filters: { extension: 'requested' as const },
            alarm: true,
          },
        ]
      : []),
  ];
  return (
    <Row gutter={[16, 16]}>
      {sections.map((s) => (
        <Col key={s.key} xs={24} xl={12}>
          <DeskSection section={s} onShow={onShow} />
        </Col>
      ))}
    </Row>
  );
}
