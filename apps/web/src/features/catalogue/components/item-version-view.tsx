import type { ItemVersion } from '@jiandu/contracts/catalogue';
import { Descriptions, type DescriptionsProps, Grid, Space, Tag } from 'antd';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { kindLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { LegalBases } from './legal-bases.tsx';
import { Period } from './period.tsx';
import { StatusTag } from './status-tag.tsx';

/** One version of an item: name, kind, legal bases with their text, post, fields and dates. */
export function ItemVersionView({ version }: { version: ItemVersion }) {
  const c = version.content;
  // On a phone the label column would squeeze the legal bases; labels go above instead.
  const narrow = Grid.useBreakpoint().sm === false;
  const items: DescriptionsProps['items'] = [
    {
      key: 'version',
      label: t('version'),
      children: (
        <Space size={8} wrap>
          {t('versionN', { n: version.version })}
          <StatusTag status={version.status} />
        </Space>
      ),
    },
    {
      key: 'period',
      label: t('effectivePeriod'),
      children: <Period from={version.effectiveFrom} to={version.effectiveTo} />,
    },
    { key: 'name', label: t('name'), span: 'filled', children: c.name },
    { key: 'kind', label: t('kind'), children: kindLabel(c.kind) },
    { key: 'post', label: t('post'), children: c.post },
    {
      key: 'fields',
      label: t('fields'),
      span: 'filled',
      children: c.fields.map((f) => <Tag key={f}>{fieldLabel(f)}</Tag>),
    },
    { key: 'bases', label: t('legalBases'), span: 'filled', children: <LegalBases bases={c.legalBases} /> },
  ];
  if (c.note) items.push({ key: 'note', label: t('note'), span: 'filled', children: c.note });
  if (version.reason)
    items.push({ key: 'reason', label: t('reason'), span: 'filled', children: version.reason });
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      layout={narrow ? 'vertical' : 'horizontal'}
    />
  );
}
