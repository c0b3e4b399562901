import type { CaseDetail } from '@jiandu/contracts/cases';
import { Empty, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { clockTime } from '../format.ts';
import { eventColour, eventLabel, opinionLabel } from '../labels.ts';
import { t } from '../locale.ts';

type Entry = CaseDetail['timeline'][number];

/** What a stage adds to its name: the review opinion, the extension, the publication address, a note. */
function EntryDetails({ entry }: { entry: Entry }) {
  const lines: { key: string; text: ReactNode }[] = [];
  if (entry.opinion) lines.push({ key: 'opinion', text: `${t('opinion')}: ${opinionLabel(entry.opinion)}` });
  if (entry.reviewer) lines.push({ key: 'reviewer', text: `${t('reviewer')}: ${entry.reviewer}` });
  if (entry.days !== undefined) lines.push({ key: 'days', text: t('extensionDays', { days: entry.days }) });
  if (entry.url)
    lines.push({
      key: 'url',
      text: (
        <>
          {t('publicityUrl')}:{' '}
          <Typography.Link
            href={entry.url}
            target="_blank"
            rel="noreferrer"
            style={{ wordBreak: 'break-all' }}
          >
            {entry.url}
          </Typography.Link>
        </>
      ),
    });
  if (entry.note) lines.push({ key: 'note', text: `${t('note')}: ${entry.note}` });
  return (
    <>
      {lines.map((line) => (
        <Typography.Paragraph key={line.key} style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
          {line.text}
        </Typography.Paragraph>
      ))}
    </>
  );
}

/** 办案环节: the stages recorded on the case in date order, each with its day and what it carries. */
export function CaseTimeline({ timeline }: { timeline: CaseDetail['timeline'] }) {
  if (timeline.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noEvents')} />;
  return (
    <Timeline
      items={timeline.map((entry, index) => {
        const time = clockTime(entry.at);
        return {
          // Two stages of one type on one day are possible; the order is the server's date order.
          key: `${index}-${entry.type}`,
          color: eventColour(entry.type),
          content: (
            <>
              <Flex wrap gap={8} align="baseline">
                <Typography.Text strong>{eventLabel(entry.type)}</Typography.Text>
                <Typography.Text type="secondary">
                  {entry.day}
                  {time ? ` ${time}` : ''}
                </Typography.Text>
              </Flex>
              <EntryDetails entry={entry} />
            </>
          ),
        };
      })}
    />
  );
}
