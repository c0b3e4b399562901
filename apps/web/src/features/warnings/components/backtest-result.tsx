import type { RuleBacktestResult, WarningRule } from '@jiandu/contracts/warnings';
import { Alert, Flex, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useRegion } from '../api/use-region.ts';
import { t } from '../locale-backtest.ts';

type Example = RuleBacktestResult['examples']['appear'][number];

const mono = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/** Some of the warnings that would appear or disappear: case number (linked), agency, message. */
function Examples({
  title,
  items,
  total,
  withCase,
}: {
  title: string;
  items: Example[];
  total: number;
  withCase: boolean;
}) {
  if (total === 0) return null;
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      {items.length < total ? (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {t('firstOnly', { shown: items.length, n: total.toLocaleString('zh-CN') })}
        </Typography.Text>
      ) : null}
      <Table<Example & { key: number }>
        size="small"
        pagination={false}
        style={{ marginTop: 4 }}
        // Several findings may share a case and a message; the position tells the rows apart.
        dataSource={items.map((e, i) => ({ ...e, key: i }))}
        scroll={{ y: 240 }}
        columns={[
          ...(withCase
            ? [
                {
                  title: t('caseNumber'),
                  key: 'case',
                  width: 210,
                  render: (_: unknown, e: Example) =>
                    e.caseId ? (
                      <Link to={`/cases/${encodeURIComponent(e.caseId)}`} target="_blank" style={mono}>
                        {e.externalId ?? e.caseId}
                      </Link>
                    ) : (
                      <span style={mono}>{e.externalId ?? t('none')}</span>
                    ),
                },
              ]
            : []),
          {
            title: t('agency'),
            dataIndex: 'agencyName',
            width: 180,
            render: (name: string | null) => name ?? t('none'),
          },
          {
            title: t('message'),
            dataIndex: 'message',
            render: (message: string) => <span style={{ wordBreak: 'break-word' }}>{message}</span>,
          },
        ]}
      />
    </div>
  );
}

/** Shown while the server judges the cases again, which takes seconds at province scale. */
export function BacktestRunning() {
  return (
    <Flex align="center" gap={12} style={{ padding: '16px 0' }} role="status">
      <Spin />
      <Typography.Text type="secondary">{t('running')}</Typography.Text>
    </Flex>
  );
}

/**
 * What a backtest found: the day judged, how many cases (or, for 类案 rules, agencies), the warnings
 * now and under the proposal, how many would appear and disappear, with examples; nothing is stored.
 */
export function BacktestResult({ rule, result }: { rule: WarningRule; result: RuleBacktestResult }) {
  const region = useRegion(result.regionCode);
  const regionText = result.regionCode ? (region.data?.fullName ?? result.regionCode) : t('allRegions');
  const n = (value: number) => value.toLocaleString('zh-CN');
  return (
    <Flex vertical gap={12} data-testid="backtest-result">
      <Typography.Text strong>{t('resultFor', { region: regionText })}</Typography.Text>
      <Flex wrap gap={32}>
        <Statistic title={t('judgedOn')} value={result.judgedOn} />
        <Statistic
          title={rule.scope === 'class' ? t('agenciesJudged') : t('casesJudged')}
          value={n(result.cases)}
        />
        <Statistic title={t('current')} value={n(result.current)} />
        <Statistic title={t('proposed')} value={n(result.proposed)} />
      </Flex>
      <Flex wrap gap={8}>
        {result.appear === 0 && result.disappear === 0 ? (
          <Tag style={{ fontSize: 14, padding: '2px 10px' }}>{t('unchanged')}</Tag>
        ) : (
          <>
            <Tag color={result.appear ? 'red' : 'default'} style={{ fontSize: 14, padding: '2px 10px' }}>
              {t('appear', { n: n(result.appear) })}
            </Tag>
            <Tag color={result.disappear ? 'green' : 'default'} style={{ fontSize: 14, padding: '2px 10px' }}>
              {t('disappear', { n: n(result.disappear) })}
            </Tag>
          </>
        )}
      </Flex>
      <Examples
        title={t('appearTitle')}
        items={result.examples.appear}
        total={result.appear}
        withCase={rule.scope === 'case'}
      />
      <Examples
        title={t('disappearTitle')}
        items={result.examples.disappear}
        total={result.disappear}
        withCase={rule.scope === 'case'}
      />
      <Alert type="info" showIcon title={t('notStored')} />
    </Flex>
  );
}
