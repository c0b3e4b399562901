import type { RuleQuality } from '@jiandu/contracts/warnings';
import { Progress, Tooltip, Typography } from 'antd';
import { t } from '../locale-rules.ts';

/** Above this share of false positives a rule's parameters deserve a look; the bar turns red. */
const ALARMING = 0.2;

/** A rule's false-positive share as a small bar, with the breakdown of its warnings on hover. */
export function QualityCell({ quality }: { quality: RuleQuality | undefined }) {
  if (!quality || quality.falsePositiveShare === null)
    return <Typography.Text type="secondary">—</Typography.Text>;
  const share = quality.falsePositiveShare;
  const hint = t('qualityHint', {
    fired: quality.fired,
    open: quality.open,
    acknowledged: quality.acknowledged,
    matter: quality.matter,
    dismissed: quality.dismissed,
    falsePositive: quality.falsePositive,
    justified: quality.justified,
    resolved: quality.resolved,
  });
  return (
    <Tooltip title={hint}>
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, minWidth: 130 }}>
        <Progress
          percent={Math.round(share * 1000) / 10}
          size={[64, 8]}
          showInfo={false}
          aria-label={t('falsePositiveShare')}
          strokeColor={share > ALARMING ? '#c41d2f' : '#1f5fbf'}
        />
        <span style={{ whiteSpace: 'nowrap' }}>
          {(share * 100).toFixed(1)}%
          <Typography.Text type="secondary"> ({quality.falsePositive})</Typography.Text>
        </span>
      </span>
    </Tooltip>
  );
}
