import type { RuleParameterOverride, WarningRule } from '@jiandu/contracts/warnings';
import { Flex, Table, Typography } from 'antd';
import { parameterLabel, parameterValue } from '../../../components/warnings/labels.ts';
import { t } from '../locale-rules.ts';
import { OverrideScope } from './override-scope.tsx';

type Parameter = WarningRule['parameters'][number];

/** Settings of one parameter, each as where it applies, its value and the day it applies from. */
function OverrideList({
  rule,
  items,
  empty,
}: {
  rule: WarningRule;
  items: RuleParameterOverride[];
  empty: string;
}) {
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {items.map((o) => (
        <span key={o.id}>
          <OverrideScope override={o} />
          {': '}
          <Typography.Text strong>
            {o.value === null ? t('withdrawn') : parameterValue(rule.code, o.key, o.value)}
          </Typography.Text>
          <Typography.Text type="secondary"> ({t('from', { day: o.effectiveFrom })})</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

/** A rule's parameters with their defaults and allowed ranges, the settings in force and those to come. */
export function RuleParameters({ rule }: { rule: WarningRule }) {
  if (rule.parameters.length === 0)
    return <Typography.Text type="secondary">{t('noParameters')}</Typography.Text>;
  return (
    <Table<Parameter>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rule.parameters}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('parameter'), dataIndex: 'key', render: (key: string) => parameterLabel(rule.code, key) },
        {
          title: t('defaultValue'),
          dataIndex: 'default',
          render: (value: number, p) => (
            <span style={{ whiteSpace: 'nowrap' }}>{parameterValue(rule.code, p.key, value)}</span>
          ),
        },
        {
          title: t('range'),
          key: 'range',
          render: (_, p) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {p.min.toLocaleString('zh-CN')} – {parameterValue(rule.code, p.key, p.max)}
            </span>
          ),
        },
        {
          title: t('current'),
          key: 'current',
          render: (_, p) => (
            <OverrideList
              rule={rule}
              items={rule.overrides.filter((o) => o.key === p.key)}
              empty={t('none')}
            />
          ),
        },
        {
          title: t('upcoming'),
          key: 'upcoming',
          render: (_, p) => (
            <OverrideList
              rule={rule}
              items={rule.upcoming.filter((o) => o.key === p.key)}
              empty={t('noneUpcoming')}
            />
          ),
        },
      ]}
    />
  );
}
