import type { Tier } from '@jiandu/contracts/catalogue';
import { CIRCUMSTANCES, describeFine } from '@jiandu/contracts/catalogue-labels';
import { Flex, Grid, Table, Tag, Typography } from 'antd';
import { circumstanceLabel, penaltyLabel } from '../labels.ts';
import { t } from '../locale.ts';

const COLOURS = {
  exempt: 'green',
  lighter: 'cyan',
  mitigated: 'blue',
  general: 'default',
  heavier: 'red',
} as const;
const pre = { whiteSpace: 'pre-wrap' } as const;

function CircumstanceTag({ tier }: { tier: Tier }) {
  return (
    <Tag color={COLOURS[tier.circumstance]} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {circumstanceLabel(tier.circumstance)}
    </Tag>
  );
}

function Penalties({ tier }: { tier: Tier }) {
  if (tier.penalties.length === 0)
    return <Typography.Text type="secondary">{tier.fine ? '—' : t('noPenalty')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {tier.penalties.map((p) => (
        <Tag key={p} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {penaltyLabel(p)}
        </Tag>
      ))}
    </Flex>
  );
}

/** A benchmark's tiers in circumstance order: when each applies, the penalties and the fine it allows. */
export function TierTable({ tiers }: { tiers: Tier[] }) {
  const narrow = Grid.useBreakpoint().md === false;
  const sorted = [...tiers].sort(
    (a, b) => CIRCUMSTANCES.indexOf(a.circumstance) - CIRCUMSTANCES.indexOf(b.circumstance),
  );
  // On a phone a four-column table would need sideways scrolling; each tier becomes a block.
  if (narrow)
    return (
      <Flex vertical gap={8}>
        {sorted.map((tier) => (
          <div key={tier.circumstance} style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: 10 }}>
            <CircumstanceTag tier={tier} />
            <Typography.Paragraph style={{ ...pre, margin: '6px 0' }}>{tier.conditions}</Typography.Paragraph>
            <Penalties tier={tier} />
            {tier.fine ? (
              <Typography.Paragraph style={{ margin: '6px 0 0' }}>
                <Typography.Text type="secondary">{t('fine')}: </Typography.Text>
                {describeFine(tier.fine)}
              </Typography.Paragraph>
            ) : null}
          </div>
        ))}
      </Flex>
    );
  return (
    <Table<Tier>
      rowKey="circumstance"
      size="small"
      pagination={false}
      dataSource={sorted}
      tableLayout="fixed"
      columns={[
        {
          title: t('circumstance'),
          dataIndex: 'circumstance',
          width: 120,
          render: (_, tier) => <CircumstanceTag tier={tier} />,
        },
        {
          title: t('conditions'),
          dataIndex: 'conditions',
          render: (v: string) => <div style={pre}>{v}</div>,
        },
        {
          title: t('penalties'),
          key: 'penalties',
          width: '24%',
          render: (_, tier) => <Penalties tier={tier} />,
        },
        {
          title: t('fine'),
          dataIndex: 'fine',
          width: '32%',
          render: (fine: Tier['fine']) => (fine ? describeFine(fine) : '—'),
        },
      ]}
    />
  );
}
