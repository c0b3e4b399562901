import { Card, Typography } from 'antd';
import { t } from '../locale-year-end.ts';

/** One counted thing: its label and how many. */
export interface Count {
  key: string;
  label: string;
  count: number;
}

/** Counts from a `{code: n}` record, labelled and largest first. */
export function countsOf(record: Record<string, number>, label: (code: string) => string): Count[] {
  return Object.entries(record)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * A small card of counts as labelled horizontal bars, largest first: light enough for a summary,
 * and read out as "label: count" since the bar itself is hidden from screen readers.
 */
export function CountList({ title, counts, colour }: { title: string; counts: Count[]; colour: string }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {counts.length === 0 ? (
        <Typography.Text type="secondary">{t('none')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
          {counts.map((c) => (
            <li
              key={c.key}
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(0, 10em) 1fr 3em',
                alignItems: 'center',
                gap: 8,
              }}
            >
              <span
                title={c.label}
                style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                {c.label}
              </span>
              <span aria-hidden style={{ background: '#f0f2f5', borderRadius: 2, height: 10 }}>
                <span
                  style={{
                    display: 'block',
                    height: '100%',
                    width: `${(c.count / max) * 100}%`,
                    minWidth: c.count ? 2 : 0,
                    background: colour,
                    borderRadius: 2,
                  }}
                />
              </span>
              <Typography.Text strong style={{ textAlign: 'right' }}>
                {c.count.toLocaleString('zh-CN')}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
