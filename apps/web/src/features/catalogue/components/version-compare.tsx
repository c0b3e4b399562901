import type { ItemDetail } from '@jiandu/contracts/catalogue';
import type { Subject } from '@jiandu/contracts/catalogue-labels';
import { Checkbox, Empty, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { benchmarkLines, type CompareRow, compareLines, itemLines } from '../compare.ts';
import { statusLabel, subjectLabel } from '../labels.ts';
import { t } from '../locale.ts';

const changedCell = { background: '#fff7e6' };
const META_ROWS = ['status', 'period', 'reason'];
const text = (v: string) => (
  <div style={{ whiteSpace: 'pre-wrap', minWidth: 160, maxWidth: 460 }}>{v || '—'}</div>
);

/** 版本对比: two versions of the item or its benchmark side by side, the lines that changed highlighted. */
export function VersionCompare({ detail }: { detail: ItemDetail }) {
  const [subject, setSubject] = useState<Subject>('item');
  const versions = subject === 'item' ? detail.versions : detail.benchmark.versions;
  const [picked, setPicked] = useState<Record<Subject, [number | undefined, number | undefined]>>({
    item: [detail.versions[1]?.version, detail.versions[0]?.version],
    benchmark: [detail.benchmark.versions[1]?.version, detail.benchmark.versions[0]?.version],
  });
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [a, b] = picked[subject];
  const options = versions.map((v) => ({
    value: v.version,
    label: `${t('versionN', { n: v.version })} · ${statusLabel(v.status)}`,
  }));
  const pick = (side: 0 | 1) => (n: number) =>
    setPicked((p) => {
      const next: [number | undefined, number | undefined] = [...p[subject]];
      next[side] = n;
      return { ...p, [subject]: next };
    });

  let rows: CompareRow[] = [];
  if (subject === 'item') {
    const l = detail.versions.find((v) => v.version === a);
    const r = detail.versions.find((v) => v.version === b);
    if (l && r) rows = compareLines(itemLines(l), itemLines(r));
  } else {
    const l = detail.benchmark.versions.find((v) => v.version === a);
    const r = detail.benchmark.versions.find((v) => v.version === b);
    if (l && r) rows = compareLines(benchmarkLines(l), benchmarkLines(r));
  }
  // Status and dates always differ between two versions; count what the versions say.
  const changes = rows.filter((r) => r.changed && !META_ROWS.includes(r.key)).length;
  const shown = onlyChanged ? rows.filter((r) => r.changed) : rows;

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Segmented<Subject>
          value={subject}
          onChange={setSubject}
          options={(['item', 'benchmark'] as const).map((s) => ({ value: s, label: subjectLabel(s) }))}
        />
        <Select
          aria-label={t('compareLeft')}
          value={a}
          onChange={pick(0)}
          options={options}
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
          placeholder={t('compareLeft')}
        />
        <Typography.Text type="secondary">{t('against')}</Typography.Text>
        <Select
          aria-label={t('compareRight')}
          value={b}
          onChange={pick(1)}
          options={options}
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
          placeholder={t('compareRight')}
        />
        <Checkbox checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)}>
          {t('onlyChanged')}
        </Checkbox>
      </Flex>
      {versions.length < 2 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compareNeedsTwo')} />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('comparePick')} />
      ) : (
        <>
          <Typography.Text type={changes ? 'warning' : 'secondary'}>
            {changes ? t('changesFound', { n: changes }) : t('noChanges')}
          </Typography.Text>
          <Table<CompareRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={shown}
            tableLayout="fixed"
            scroll={{ x: 640 }}
            columns={[
              {
                title: t('compareField'),
                dataIndex: 'label',
                width: 150,
                render: (label: string, r) => (
                  <>
                    <div>{label}</div>
                    {r.changed ? <Tag color="orange">{t('changed')}</Tag> : null}
                  </>
                ),
              },
              {
                title: t('versionN', { n: a ?? '' }),
                dataIndex: 'left',
                onCell: (r) => ({ style: r.changed ? changedCell : {} }),
                render: text,
              },
              {
                title: t('versionN', { n: b ?? '' }),
                dataIndex: 'right',
                onCell: (r) => ({ style: r.changed ? changedCell : {} }),
                render: text,
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
