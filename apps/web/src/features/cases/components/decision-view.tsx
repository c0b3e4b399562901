import type { CaseDetail } from '@jiandu/contracts/cases';
import { Space, Typography } from 'antd';
import { formatFine } from '../format.ts';
import { circumstanceLabel, penaltyLabel } from '../labels.ts';
import { t } from '../locale.ts';

type Decision = NonNullable<CaseDetail['record']['decision']>;

/** 决定: each penalty with its amount, then the circumstance tier and the decision's number. */
export function DecisionView({ decision }: { decision: Decision | undefined }) {
  if (!decision) return <Typography.Text type="secondary">{t('noDecision')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {decision.penalties.map((p, index) => (
        // Penalties have no identity of their own; their order in the decision is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <span key={index}>
          {penaltyLabel(p.type)}
          {p.amount !== undefined ? ` ${formatFine(p.amount)}` : ''}
        </span>
      ))}
      {decision.circumstance ? (
        <Typography.Text type="secondary">
          {t('circumstance')}: {circumstanceLabel(decision.circumstance)}
        </Typography.Text>
      ) : null}
      {decision.documentNumber ? (
        <Typography.Text type="secondary">
          {t('documentNumber')}: {decision.documentNumber}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
