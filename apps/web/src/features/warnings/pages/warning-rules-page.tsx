import type { WarningRule } from '@jiandu/contracts/warnings';
import { Alert, Card, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useRuleQuality } from '../api/use-rule-quality.ts';
import { useWarningRules } from '../api/use-warning-rules.ts';
import { BacktestModal } from '../components/backtest-modal.tsx';
import { OverrideHistory } from '../components/override-history.tsx';
import { OverrideModal } from '../components/override-modal.tsx';
import { RuleTable } from '../components/rule-table.tsx';
import { t } from '../locale-rules.ts';

/**
 * 预警规则: every rule with its basis, parameters, the settings per region and field and their history,
 * how each rule has fared (fired, dismissed as false positives) over a period, and 回测 of proposed values.
 */
export default function WarningRulesPage() {
  const { can } = useSession();
  const rules = useWarningRules();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const quality = useRuleQuality(period);
  const [configuring, setConfiguring] = useState<WarningRule | null>(null);
  const [backtesting, setBacktesting] = useState<WarningRule | null>(null);
  const [history, setHistory] = useState<WarningRule | null>(null);
  const error = rules.error ?? quality.error;
  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('qualityPeriod')}</Typography.Text>
        <DatePicker.RangePicker
          aria-label={t('qualityPeriod')}
          placeholder={[t('qualityFrom'), t('qualityTo')]}
          allowEmpty={[true, true]}
          value={
            period.from || period.to
              ? [period.from ? dayjs(period.from) : null, period.to ? dayjs(period.to) : null]
              : null
          }
          onChange={(range) =>
            setPeriod({
              from: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
              to: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
        />
      </Flex>
      {error ? <Alert type="error" showIcon title={problemText(error)} style={{ marginBottom: 12 }} /> : null}
      <RuleTable
        rules={rules.data ?? []}
        quality={quality.data}
        loading={rules.isLoading || quality.isFetching}
        onConfigure={can('rule.configure') ? setConfiguring : undefined}
        onBacktest={can('rule.configure') ? setBacktesting : undefined}
        onHistory={setHistory}
      />
      {configuring ? <OverrideModal rule={configuring} onClose={() => setConfiguring(null)} /> : null}
      {backtesting ? (
        <BacktestModal
          // The rule as it is now, so the values in force follow a setting saved meanwhile.
          rule={rules.data?.find((r) => r.code === backtesting.code) ?? backtesting}
          onClose={() => setBacktesting(null)}
        />
      ) : null}
      {history ? (
        <OverrideHistory
          // The rule as it is now, so settings saved meanwhile show as in force or to come.
          rule={rules.data?.find((r) => r.code === history.code) ?? history}
          onClose={() => setHistory(null)}
        />
      ) : null}
    </Card>
  );
}
