import { Button, Flex, Typography } from 'antd';

/** One bar of a summary: a value to filter by, its label, its count and its colour. */
export interface CountBar {
  value: string;
  label: string;
  count: number;
  colour: string;
}

interface Props {
  bars: CountBar[];
  /** The value the list is filtered by now; its bar shows pressed. */
  active: string | undefined;
  /** Filters by the bar's value, or clears the filter when it is already applied. */
  onPick: (value: string | undefined) => void;
  filterLabel: (label: string) => string;
}

/**
 * Counts as labelled horizontal bars, longest first as given; each bar is a button that filters the
 * list by its value, so the summary is also a way in.
 */
export function CountBars({ bars, active, onPick, filterLabel }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <Flex vertical gap={2}>
      {bars.map((bar) => (
        <Button
          key={bar.value}
          type="text"
          size="small"
          aria-pressed={active === bar.value}
          aria-label={`${filterLabel(bar.label)} (${bar.count})`}
          onClick={() => onPick(active === bar.value ? undefined : bar.value)}
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(0, 11em) 1fr 3.5em',
            alignItems: 'center',
            gap: 8,
            height: 26,
            padding: '0 4px',
            textAlign: 'left',
            background: active === bar.value ? '#e6f4ff' : undefined,
          }}
        >
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {bar.label}
          </span>
          <span aria-hidden style={{ background: '#f0f2f5', borderRadius: 2, height: 10 }}>
            <span
              style={{
                display: 'block',
                height: '100%',
                width: `${(bar.count / max) * 100}%`,
                minWidth: bar.count ? 2 : 0,
                background: bar.colour,
                borderRadius: 2,
              }}
            />
          </span>
          <Typography.Text strong style={{ textAlign: 'right' }}>
            {bar.count.toLocaleString('zh-CN')}
          </Typography.Text>
        </Button>
      ))}
    </Flex>
  );
}
