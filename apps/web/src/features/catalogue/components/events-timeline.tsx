import type { ItemEvent } from '@jiandu/contracts/catalogue';
import type { Subject } from '@jiandu/contracts/catalogue-labels';
import { Empty, Flex, Segmented, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatTime } from '../format.ts';
import { ACTION_COLOURS, actionLabel, subjectLabel } from '../labels.ts';
import { t } from '../locale.ts';

type Shown = 'all' | Subject;

/** Steps whose date is when something takes or leaves force, which may differ from when they were recorded. */
const DATED = new Set<ItemEvent['action']>(['publish', 'supersede', 'withdraw']);

/** 调整记录: every step on the item and its benchmark, newest first — what, which version, from when, who and why. */
export function EventsTimeline({ events }: { events: ItemEvent[] }) {
  const [shown, setShown] = useState<Shown>('all');
  const picked = events.filter((e) => shown === 'all' || e.subject === shown).reverse();
  return (
    <Flex vertical gap={16}>
      <Segmented<Shown>
        value={shown}
        onChange={setShown}
        options={[
          { value: 'all', label: t('allSubjects') },
          { value: 'item', label: subjectLabel('item') },
          { value: 'benchmark', label: subjectLabel('benchmark') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {picked.length === 0 ? (
        <Empty description={t('noEvents')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={picked.map((e) => ({
            key: e.id,
            color: ACTION_COLOURS[e.action],
            content: (
              <>
                <Flex wrap gap={6} align="center">
                  <Typography.Text strong>{actionLabel(e.action)}</Typography.Text>
                  <Tag color={e.subject === 'item' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }}>
                    {subjectLabel(e.subject)} · {t('versionN', { n: e.version })}
                  </Tag>
                  {DATED.has(e.action) ? (
                    <Typography.Text>{t('effectiveOn', { date: e.effectiveDate })}</Typography.Text>
                  ) : null}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.actorOrgName ? t('by', { actor: e.actorName, org: e.actorOrgName }) : e.actorName}
                  {' · '}
                  {t('recordedAt', { time: formatTime(e.recordedAt) })}
                </Typography.Text>
                {e.reason ? (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    {t('reasonValue', { reason: e.reason })}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
