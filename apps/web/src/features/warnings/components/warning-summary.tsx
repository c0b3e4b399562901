import {
  RULES_BY_CODE,
  type RuleCode,
  type Severity,
  type WarningStatus,
} from '@jiandu/contracts/warning-rules';
import type { WarningCounts } from '@jiandu/contracts/warnings';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { ruleLabel, severityLabel, statusLabel } from '../../../components/warnings/labels.ts';
import type { WarningFilters } from '../api/use-warnings.ts';
import { t } from '../locale.ts';
import { CountBars } from './count-bars.tsx';

const SEVERITY_HEX: Record<Severity, string> = { high: '#c41d2f', medium: '#d46b08', low: '#1f5fbf' };
const STATUS_HEX: Record<WarningStatus, string> = {
  open: '#c41d2f',
  acknowledged: '#1f5fbf',
  matter: '#722ed1',
  dismissed: '#8c8c8c',
  resolved: '#237804',
};
const TOP = 6;

interface Props {
  counts: WarningCounts | undefined;
  filters: WarningFilters;
  onChange: (patch: Partial<WarningFilters>) => void;
}

/**
 * How the warnings matching the filters fall by severity, status and rule; every bar filters the
 * list by what it counts, a second click clears that filter.
 */
export function WarningSummary({ counts, filters, onChange }: Props) {
  const [allRules, setAllRules] = useState(false);
  if (!counts) return <Skeleton active paragraph={{ rows: 3 }} />;
  const filterLabel = (label: string) => t('filterBy', { label });
  const rules = counts.byRule
    .filter((r) => r.count > 0 || r.value === filters.ruleCode)
    .sort((a, b) => b.count - a.count);
  const shownRules = allRules ? rules : rules.slice(0, TOP);
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
        gap: 12,
        marginBottom: 16,
      }}
    >
      <Card
        size="small"
        title={t('bySeverity')}
        extra={t('totalCount', { total: counts.total.toLocaleString('zh-CN') })}
      >
        <CountBars
          bars={counts.bySeverity.map((s) => ({
            value: s.value,
            label: severityLabel(s.value as Severity),
            count: s.count,
            colour: SEVERITY_HEX[s.value as Severity],
          }))}
          active={filters.severity}
          onPick={(severity) => onChange({ severity: severity as Severity | undefined })}
          filterLabel={filterLabel}
        />
      </Card>
      <Card size="small" title={t('byStatus')}>
        <CountBars
          bars={counts.byStatus.map((s) => ({
            value: s.value,
            label: statusLabel(s.value as WarningStatus),
            count: s.count,
            colour: STATUS_HEX[s.value as WarningStatus],
          }))}
          active={filters.status}
          onPick={(status) => onChange({ status: status as WarningStatus | undefined })}
          filterLabel={filterLabel}
        />
      </Card>
      <Card size="small" title={t('byRule')}>
        {rules.length === 0 ? (
          <Typography.Text type="secondary">{t('noneFound')}</Typography.Text>
        ) : (
          <Flex vertical>
            <CountBars
              bars={shownRules.map((r) => ({
                value: r.value,
                label: ruleLabel(r.value, r.label),
                count: r.count,
                colour: SEVERITY_HEX[RULES_BY_CODE[r.value as RuleCode]?.severity ?? 'low'],
              }))}
              active={filters.ruleCode}
              onPick={(ruleCode) => onChange({ ruleCode: ruleCode as RuleCode | undefined })}
              filterLabel={filterLabel}
            />
            {rules.length > TOP ? (
              <Button
                type="link"
                size="small"
                onClick={() => setAllRules(!allRules)}
                style={{ alignSelf: 'start' }}
              >
                {allRules ? t('showTopRules', { n: TOP }) : `${t('showAllRules')} (${rules.length})`}
              </Button>
            ) : null}
          </Flex>
        )}
      </Card>
    </div>
  );
}
