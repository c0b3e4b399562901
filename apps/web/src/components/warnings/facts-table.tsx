import { RULES_BY_CODE, type RuleCode } from '@jiandu/contracts/warning-rules';
import { Table, Typography } from 'antd';
import { factLabel, factValue } from './facts.ts';
import { parameterLabel, parameterValue } from './labels.ts';
import { t } from './locale.ts';

const empty = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/** The facts a rule used, one per line with its Chinese name, so the finding can be checked by hand. */
export function FactsTable({ ruleCode, facts }: { ruleCode: RuleCode; facts: Record<string, unknown> }) {
  const rows = Object.entries(facts).map(([key, value]) => ({ key, value }));
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      showHeader={false}
      dataSource={rows}
      locale={{ emptyText: empty(t('noFacts')) }}
      columns={[
        {
          title: t('factName'),
          dataIndex: 'key',
          width: '38%',
          render: (key: string) => (
            <Typography.Text type="secondary">{factLabel(ruleCode, key)}</Typography.Text>
          ),
        },
        {
          title: t('factValue'),
          dataIndex: 'value',
          render: (value: unknown, row) => (
            <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {factValue(row.key, value)}
            </span>
          ),
        },
      ]}
    />
  );
}

/** The parameter values in force when the warning was found, beside the rule's defaults. */
export function ParametersTable({
  ruleCode,
  parameters,
}: {
  ruleCode: RuleCode;
  parameters: Record<string, number>;
}) {
  const rows = Object.entries(parameters).map(([key, value]) => ({
    key,
    value,
    fallback: RULES_BY_CODE[ruleCode]?.parameters.find((p) => p.key === key)?.default,
  }));
  if (rows.length === 0) return empty(t('noParameters'));
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('parameter'), dataIndex: 'key', render: (key: string) => parameterLabel(ruleCode, key) },
        {
          title: t('value'),
          dataIndex: 'value',
          render: (value: number, row) => (
            <Typography.Text strong={row.fallback !== undefined && row.fallback !== value}>
              {parameterValue(ruleCode, row.key, value)}
            </Typography.Text>
          ),
        },
        {
          title: t('defaultValue'),
          dataIndex: 'fallback',
          render: (fallback: number | undefined, row) =>
            fallback === undefined ? '—' : parameterValue(ruleCode, row.key, fallback),
        },
      ]}
    />
  );
}
