import type { RuleParameterOverride, WarningRule } from '@jiandu/contracts/warnings';
import { Alert, Drawer, Grid, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { formatTime } from '../../../components/warnings/format.ts';
import { parameterLabel, parameterValue, ruleLabel } from '../../../components/warnings/labels.ts';
import { problemText } from '../../../lib/problem.ts';
import { useRuleHistory } from '../api/use-rule-history.ts';
import { t } from '../locale-rules.ts';
import { OverrideScope } from './override-scope.tsx';

/** Whether a stored setting holds today, is still to come, or was replaced (or withdrawn) since. */
function standingOf(rule: WarningRule, o: RuleParameterOverride) {
  if (rule.overrides.some((x) => x.id === o.id))
    return (
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {t('inForce')}
      </Tag>
    );
  if (rule.upcoming.some((x) => x.id === o.id))
    return (
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {t('pending')}
      </Tag>
    );
  return <Tag style={{ marginInlineEnd: 0 }}>{t('superseded')}</Tag>;
}

/** 设置记录: every parameter value ever set for a rule, newest first, with who set it and why. */
export function OverrideHistory({ rule, onClose }: { rule: WarningRule; onClose: () => void }) {
  const wide = Grid.useBreakpoint().lg ?? true;
  const history = useRuleHistory(rule.code);
  const columns: TableColumnsType<RuleParameterOverride> = [
    {
      title: t('createdAt'),
      dataIndex: 'createdAt',
      render: (at: string, o) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatTime(at)}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.createdBy}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('parameter'), dataIndex: 'key', render: (key: string) => parameterLabel(rule.code, key) },
    { title: t('region'), key: 'scope', render: (_, o) => <OverrideScope override={o} /> },
    {
      title: t('value'),
      dataIndex: 'value',
      render: (value: number | null, o) =>
        value === null ? t('withdrawn') : <strong>{parameterValue(rule.code, o.key, value)}</strong>,
    },
    {
      title: t('effectiveFrom'),
      dataIndex: 'effectiveFrom',
      render: (day: string, o) => (
        <Space orientation="vertical" size={2} align="start">
          <span style={{ whiteSpace: 'nowrap' }}>{day}</span>
          {standingOf(rule, o)}
        </Space>
      ),
    },
    {
      title: t('reason'),
      dataIndex: 'reason',
      render: (reason: string) => (
        <span style={{ display: 'inline-block', minWidth: 160, maxWidth: 240 }}>{reason}</span>
      ),
    },
  ];
  return (
    <Drawer
      open
      size={wide ? 960 : '100%'}
      title={t('historyTitle', { rule: ruleLabel(rule.code, rule.name) })}
      onClose={onClose}
    >
      {history.error ? <Alert type="error" showIcon title={problemText(history.error)} /> : null}
      <Table<RuleParameterOverride>
        rowKey="id"
        size="small"
        loading={history.isLoading}
        dataSource={history.data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('noHistory')}</Typography.Text> }}
      />
    </Drawer>
  );
}
