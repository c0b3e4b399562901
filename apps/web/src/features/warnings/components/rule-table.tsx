import type { RuleQuality, WarningRule } from '@jiandu/contracts/warnings';
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { ruleLabel } from '../../../components/warnings/labels.ts';
import { SeverityTag } from '../../../components/warnings/warning-tags.tsx';
import { t as tb } from '../locale-backtest.ts';
import { t } from '../locale-rules.ts';
import { QualityCell } from './quality-cell.tsx';
import { RuleParameters } from './rule-parameters.tsx';

interface Props {
  rules: WarningRule[];
  quality: RuleQuality[] | undefined;
  loading: boolean;
  /** Offers 设置参数 on rules with parameters, for those who may configure them. */
  onConfigure?: ((rule: WarningRule) => void) | undefined;
  /** Offers 回测 on active rules with parameters, for the same people. */
  onBacktest?: ((rule: WarningRule) => void) | undefined;
  onHistory: (rule: WarningRule) => void;
}

/**
 * Every rule: name and code, scope, severity, legal basis, whether it is active, its parameters and
 * settings (expanded below the row), and how often it fired and was dismissed as a false positive.
 */
export function RuleTable({ rules, quality, loading, onConfigure, onBacktest, onHistory }: Props) {
  const byCode = new Map((quality ?? []).map((q) => [q.ruleCode, q]));
  const columns: TableColumnsType<WarningRule> = [
    {
      title: t('rule'),
      dataIndex: 'code',
      render: (code: WarningRule['code'], r) => (
        <span style={{ display: 'inline-block', minWidth: 170, maxWidth: 230 }}>
          {ruleLabel(code, r.name)}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {code}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('scope'),
      dataIndex: 'scope',
      render: (scope: WarningRule['scope']) => (scope === 'case' ? t('scopeCase') : t('scopeClass')),
    },
    { title: t('severity'), dataIndex: 'severity', render: (_, r) => <SeverityTag severity={r.severity} /> },
    {
      title: t('basis'),
      dataIndex: 'basis',
      render: (basis: string) => (
        <span style={{ display: 'inline-block', minWidth: 140, maxWidth: 220 }}>{basis}</span>
      ),
    },
    {
      title: t('active'),
      dataIndex: 'active',
      render: (active: boolean) => (
        <Tag color={active ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
          {active ? t('activeOn') : t('activeOff')}
        </Tag>
      ),
    },
    {
      title: t('parameters'),
      key: 'parameters',
      render: (_, r) =>
        r.parameters.length === 0 ? (
          <Typography.Text type="secondary">{t('noParameters')}</Typography.Text>
        ) : (
          <Space orientation="vertical" size={0}>
            <span style={{ whiteSpace: 'nowrap' }}>{t('parameterCount', { n: r.parameters.length })}</span>
            {r.overrides.length ? (
              <Typography.Text style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {t('overrideCount', { n: r.overrides.length })}
              </Typography.Text>
            ) : null}
            {r.upcoming.length ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {t('upcomingCount', { n: r.upcoming.length })}
              </Typography.Text>
            ) : null}
          </Space>
        ),
    },
    {
      title: t('fired'),
      key: 'fired',
      align: 'right',
      render: (_, r) => (byCode.get(r.code)?.fired ?? 0).toLocaleString('zh-CN'),
    },
    {
      title: t('falsePositiveShare'),
      key: 'quality',
      render: (_, r) => <QualityCell quality={byCode.get(r.code)} />,
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={4}>
          {onConfigure && r.parameters.length ? (
            <Button size="small" type="link" onClick={() => onConfigure(r)}>
              {t('addOverride')}
            </Button>
          ) : null}
          {onBacktest && r.active && r.parameters.length ? (
            <Button size="small" type="link" onClick={() => onBacktest(r)}>
              {tb('backtest')}
            </Button>
          ) : null}
          <Button size="small" type="link" onClick={() => onHistory(r)}>
            {t('history')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<WarningRule>
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={rules}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (r) => <RuleParameters rule={r} />,
        rowExpandable: (r) => r.parameters.length > 0,
      }}
    />
  );
}
