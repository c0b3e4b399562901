import type { TierOutcome } from '@jiandu/contracts/catalogue-evaluation';
import { formatYuan } from '@jiandu/contracts/catalogue-labels';
import { Descriptions, Grid, Tag, Typography } from 'antd';
import { penaltyLabel } from '../labels.ts';
import { t } from '../locale-evaluate.ts';
import { periodText } from './version-dates.ts';

/** The fine range the case allows: one amount, or from … to …. */
export function fineRange(fine: TierOutcome['fine']): string {
  if (!fine) return t('noFine');
  if (fine.min === fine.max) return formatYuan(fine.min);
  return t('range', { min: formatYuan(fine.min), max: formatYuan(fine.max) });
}

/** What one benchmark version allows for the case: fine range, penalty types, conditions, version and why. */
export function OutcomeView({ outcome, compact = false }: { outcome: TierOutcome; compact?: boolean }) {
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={compact || narrow ? 'vertical' : 'horizontal'}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={[
        {
          key: 'fine',
          label: t('fineRange'),
          children: (
            <>
              <Typography.Text strong style={{ fontSize: compact ? 14 : 18, color: '#b71c1c' }}>
                {fineRange(outcome.fine)}
              </Typography.Text>
              {outcome.fine ? (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {outcome.fine.rule}
                  </Typography.Text>
                </div>
              ) : null}
            </>
          ),
        },
        {
          key: 'penalties',
          label: t('penalties'),
          children: outcome.penalties.length
            ? outcome.penalties.map((p) => <Tag key={p}>{penaltyLabel(p)}</Tag>)
            : t('noPenalty'),
        },
        { key: 'conditions', label: t('conditions'), children: outcome.conditions },
        {
          key: 'version',
          label: t('benchmarkVersion'),
          children: (
            <>
              {t('versionDocument', {
                n: outcome.benchmarkVersion,
                document: outcome.document,
                number: outcome.documentNumber ? ` (${outcome.documentNumber})` : '',
              })}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {periodText(outcome.effectiveFrom, outcome.effectiveTo)}
                </Typography.Text>
              </div>
            </>
          ),
        },
        { key: 'explanation', label: t('explanation'), children: outcome.explanation },
      ]}
    />
  );
}
