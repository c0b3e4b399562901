import { ArrowLeftOutlined, CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { problemText } from '../../../lib/problem.ts';
import { useItem } from '../api/use-item.ts';
import { BenchmarkDraftModal } from '../components/benchmark-draft-modal.tsx';
import { BenchmarkTab } from '../components/benchmark-tab.tsx';
import { BenchmarkTag } from '../components/benchmark-tag.tsx';
import { EventsTimeline } from '../components/events-timeline.tsx';
import { ItemContentTab } from '../components/item-content-tab.tsx';
import { ItemDraftModal } from '../components/item-draft-modal.tsx';
import { PendingTag } from '../components/pending-tag.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { VersionCompare } from '../components/version-compare.tsx';
import { kindLabel } from '../labels.ts';
import { t } from '../locale.ts';

const TABS = ['content', 'benchmark', 'compare', 'events'] as const;
type Tab = (typeof TABS)[number];

/** One item: its header, then its content, benchmark, version comparison and adjustment log as tabs. */
export function ItemDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const item = useItem(id);
  const [editing, setEditing] = useState<'item' | 'benchmark' | null>(null);
  const tab: Tab = TABS.find((x) => x === search.get('tab')) ?? 'content';
  const back = (
    <Link to="..">
      <ArrowLeftOutlined aria-hidden /> {t('back')}
    </Link>
  );
  if (item.error)
    return (
      <Card title={back}>
        <Alert type="error" showIcon title={problemText(item.error)} />
      </Card>
    );
  const d = item.data;
  if (!d) return <Card title={back}>{<Skeleton active />}</Card>;
  const i = d.item;
  const evaluate = () => {
    const query = new URLSearchParams({ itemCode: i.code, agencyId: i.agencyId, agencyName: i.agencyName });
    if (i.agencyCreditCode) query.set('agencyCreditCode', i.agencyCreditCode);
    navigate(`/discretion?${query}`);
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <Space orientation="vertical" size={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {i.name}
            </Typography.Title>
            <Space size={6} wrap>
              <StatusTag status={i.status} />
              <PendingTag status={i.pendingStatus} />
              <Typography.Text type="secondary">{t('benchmark')}:</Typography.Text>
              <BenchmarkTag state={i.benchmarkStatus} />
            </Space>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'code',
                  label: t('code'),
                  children: <Typography.Text copyable>{i.code}</Typography.Text>,
                },
                { key: 'kind', label: t('kind'), children: kindLabel(i.kind) },
                { key: 'agency', label: t('agency'), children: i.agencyName },
              ]}
            />
          </Space>
          <Button
            icon={<CalculatorOutlined aria-hidden />}
            onClick={evaluate}
            disabled={i.benchmarkStatus === 'none'}
          >
            {t('evaluate')}
          </Button>
        </Flex>
        {d.reviewNote ? <Alert type="info" showIcon title={d.reviewNote} style={{ marginTop: 12 }} /> : null}
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch(key === 'content' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'content',
              label: t('tabContent'),
              children: <ItemContentTab detail={d} onEdit={() => setEditing('item')} />,
            },
            {
              key: 'benchmark',
              label: t('tabBenchmark'),
              children: <BenchmarkTab detail={d} onEdit={() => setEditing('benchmark')} />,
            },
            { key: 'compare', label: t('tabCompare'), children: <VersionCompare detail={d} /> },
            { key: 'events', label: t('tabEvents'), children: <EventsTimeline events={d.events} /> },
          ]}
        />
      </Card>
      {editing === 'item' ? <ItemDraftModal detail={d} onClose={() => setEditing(null)} /> : null}
      {editing === 'benchmark' ? <BenchmarkDraftModal detail={d} onClose={() => setEditing(null)} /> : null}
    </Space>
  );
}
