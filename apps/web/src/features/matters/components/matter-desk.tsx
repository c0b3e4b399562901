import type { MatterDesk as Desk, MatterSummary, Notice } from '@jiandu/contracts/matters';
import { Button, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { ListError } from '../../../components/list/list-error.tsx';
import { noticeKindLabel } from '../../../components/notices/labels.ts';
import { MatterStatusTag } from '../../../components/notices/notice-tags.tsx';
import { useMatterDesk } from '../api/use-matter-desk.ts';
import type { MatterFilters } from '../api/use-matters.ts';
import { t } from '../locale.ts';
import { DeskCounts } from './desk-counts.tsx';
import { DueCell, MatterTitleCell } from './matter-columns.tsx';

/** A notice whose objection awaits the supervisor's decision, opening its matter. */
function ObjectionItem({ notice: n }: { notice: Notice }) {
  return (
    <li style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0', wordBreak: 'break-word' }}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <div style={{ flex: '1 1 220px' }}>
          <Link to={`/matters/${encodeURIComponent(n.matterId)}`}>{n.matterTitle}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {n.agencyName} · {noticeKindLabel(n.kind)} {n.number}
            </Typography.Text>
          </div>
        </div>
        <Typography.Text>
          {t('decideBy')}: {n.objections.find((o) => !o.decision)?.decideBy ?? '—'}
        </Typography.Text>
      </Flex>
    </li>
  );
}

function MatterList({
  title,
  rows,
  total,
  emptyText,
  onMore,
}: {
  title: string;
  rows: MatterSummary[] | undefined;
  total: number | undefined;
  emptyText: string;
  onMore: () => void;
}) {
  const more = (total ?? 0) - (rows?.length ?? 0);
  return (
    <Card size="small" title={`${title} (${total ?? '…'})`} style={{ height: '100%' }}>
      {!rows ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {rows && rows.length === 0 ? <Typography.Text type="secondary">{emptyText}</Typography.Text> : null}
      {rows?.length ? (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((m) => (
            <li key={m.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex wrap gap={8} justify="space-between" align="center">
                <MatterTitleCell matter={m} agency />
                <Space size={6} wrap>
                  <MatterStatusTag status={m.status} />
                  <DueCell matter={m} />
                </Space>
              </Flex>
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <Button type="link" onClick={onMore} style={{ paddingInline: 0 }}>
          {t('more', { n: more })}
        </Button>
      ) : null}
    </Card>
  );
}

/**
 * 工作台: how many matters wait for each step, then the overdue, the soon due, the reports to check
 * and the objections to decide, each row opening its matter.
 */
export function MatterDesk({ onShow }: { onShow: (filters: Partial<MatterFilters>) => void }) {
  const desk = useMatterDesk();
  const d: Desk | undefined = desk.data;
  return (
    <>
      {desk.error ? <ListError error={desk.error} onRetry={() => desk.refetch()} /> : null}
      <DeskCounts counts={d?.counts} onShow={onShow} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <MatterList
            title={t('deskOverdue')}
            rows={d?.overdue}
            total={d?.counts.overdue}
            emptyText={t('noneOverdue')}
            onMore={() => onShow({ due: 'overdue' })}
          />
        </Col>
        <Col xs={24} xl={12}>
          <MatterList
            title={t('deskDueSoon')}
            rows={d?.dueSoon}
            total={d?.counts.dueSoon}
            emptyText={t('noneDueSoon')}
            onMore={() => onShow({ due: 'soon' })}
          />
        </Col>
        <Col xs={24} xl={12}>
          <MatterList
            title={t('deskVerifying')}
            rows={d?.verifying}
            total={d?.counts.verifying}
            emptyText={t('noneVerifying')}
            onMore={() => onShow({ status: 'verifying' })}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card
            id="desk-objections"
            size="small"
            title={`${t('deskObjections')} (${d?.counts.objections ?? '…'})`}
            style={{ height: '100%' }}
          >
            {!d ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
            {d && d.objections.length === 0 ? (
              <Typography.Text type="secondary">{t('noneObjections')}</Typography.Text>
            ) : null}
            {d?.objections.length ? (
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {d.objections.map((n) => (
                  <ObjectionItem key={n.id} notice={n} />
                ))}
              </ul>
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
