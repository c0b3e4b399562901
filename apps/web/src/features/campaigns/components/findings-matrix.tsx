import type { Campaign, CampaignFinding } from '@jiandu/contracts/campaigns';
import { Button, Card, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { t } from '../locale.ts';
import { CheckModal } from './check-modal.tsx';
import { FindingCell } from './finding-cell.tsx';
import { FindingMatterModal } from './finding-matter-modal.tsx';

type Target = Campaign['targets'][number];

/** Whether an agency has been checked, and how many problems were found there. */
function TargetTag({ target }: { target: Target }) {
  if (!target.checked) return <Tag style={{ marginInlineEnd: 0 }}>{t('notChecked')}</Tag>;
  return (
    <Tag color={target.problems ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
      {target.problems ? `${t('problems')} ${target.problems}` : t('checked')}
    </Tag>
  );
}

/**
 * 检查结果: the target agencies against the checklist items, each cell 符合要求 or 存在问题 (red) with
 * its note; under way, each agency's results are recorded from its row, and every problem can become
 * a matter, after which the cell links to it. A table on a desk, one card per agency on a phone.
 */
export function FindingsMatrix({ campaign }: { campaign: Campaign }) {
  const manage = useSession().can('plan.manage');
  const wide = Grid.useBreakpoint().md !== false;
  const [checking, setChecking] = useState<Target | null>(null);
  const [matterOf, setMatterOf] = useState<CampaignFinding | null>(null);
  const cells = new Map(campaign.findings.map((f) => [`${f.agencyOrgId}|${f.itemCode}`, f]));
  const records = manage && campaign.status === 'active';
  const cell = (target: Target, code: string) => {
    const finding = cells.get(`${target.agencyOrgId}|${code}`);
    return (
      <FindingCell finding={finding} onMatter={manage && finding ? () => setMatterOf(finding) : undefined} />
    );
  };
  const recordButton = (target: Target) => (
    <Button size="small" onClick={() => setChecking(target)}>
      {t('record')}
    </Button>
  );
  const columns: ColumnsType<Target> = [
    {
      title: t('agency'),
      key: 'agency',
      fixed: 'left',
      width: 200,
      render: (_, target) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text strong>{target.agencyName}</Typography.Text>
          <TargetTag target={target} />
        </Flex>
      ),
    },
    ...campaign.checklist.map((item) => ({
      title: (
        <Flex vertical>
          <span>{item.code}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
            {item.text}
          </Typography.Text>
        </Flex>
      ),
      key: item.code,
      width: 210,
      render: (_: unknown, target: Target) => cell(target, item.code),
    })),
    ...(records
      ? [
          {
            title: t('actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, target: Target) => recordButton(target),
          },
        ]
      : []),
  ];
  return (
    <>
      {wide ? (
        <Table<Target>
          size="small"
          bordered
          rowKey="agencyOrgId"
          dataSource={campaign.targets}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      ) : (
        <Flex vertical gap={12}>
          {campaign.targets.map((target) => (
            <Card
              key={target.agencyOrgId}
              size="small"
              title={
                <Flex vertical gap={4} align="flex-start" style={{ padding: '8px 0', whiteSpace: 'normal' }}>
                  <span>{target.agencyName}</span>
                  <TargetTag target={target} />
                </Flex>
              }
              extra={records ? recordButton(target) : null}
            >
              <dl style={{ margin: 0 }}>
                {campaign.checklist.map((item) => (
                  <div key={item.code} style={{ marginBottom: 10 }}>
                    <dt style={{ fontWeight: 600 }}>
                      {item.code} {item.text}
                    </dt>
                    <dd style={{ margin: '4px 0 0' }}>{cell(target, item.code)}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          ))}
        </Flex>
      )}
      {checking ? (
        <CheckModal campaign={campaign} agency={checking} onClose={() => setChecking(null)} />
      ) : null}
      {matterOf ? (
        <FindingMatterModal campaign={campaign} finding={matterOf} onClose={() => setMatterOf(null)} />
      ) : null}
    </>
  );
}
