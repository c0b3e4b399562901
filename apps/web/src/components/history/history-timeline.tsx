import { Flex, Timeline, Typography } from 'antd';
import { formatTime } from '../notices/format.ts';

/** One step of an object's history as the server presents it (a matter's, a complaint's). */
export interface HistoryEntry {
  id: string;
  kind: string;
  at: string;
  actorName: string;
  note: string | null;
}

interface Props<E extends HistoryEntry> {
  events: readonly E[];
  /** The step's name in the current language. */
  label: (event: E) => string;
  /** The dot's colour: the feature says which steps are alarming and which are outcomes. */
  colour: (event: E) => string;
  /** Who took the step, and whatever else the feature names under it (a notice number). */
  byline?: (event: E) => string;
  'data-testid'?: string;
}

/** A history as a timeline: each step's name, time, who took it and its note, oldest first. */
export function HistoryTimeline<E extends HistoryEntry>({
  events,
  label,
  colour,
  byline = (e) => e.actorName,
  ...rest
}: Props<E>) {
  return (
    <Timeline
      data-testid={rest['data-testid']}
      items={events.map((e) => ({
        key: e.id,
        color: colour(e),
        content: (
          <div data-kind={e.kind}>
            <Flex wrap gap={8} align="baseline">
              <Typography.Text strong>{label(e)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(e.at)}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-word' }}>
              {byline(e)}
            </Typography.Text>
            {e.note ? (
              <Typography.Paragraph
                style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
              >
                {e.note}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
