import type { QualificationVersion } from '@jiandu/contracts/agencies';
import { Descriptions, type DescriptionsProps, Space, Tag } from 'antd';
import { authorityLabel, fieldLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { StatusTag } from './status-tag.tsx';

/** One version of a qualification: authority, fields, legal bases, entrustment and its dates. */
export function QualificationView({ version }: { version: QualificationVersion }) {
  const items: DescriptionsProps['items'] = [
    {
      key: 'version',
      label: t('version'),
      children: (
        <Space size={8}>
          {t('versionN', { n: version.version })}
          <StatusTag status={version.status} />
        </Space>
      ),
    },
    { key: 'authority', label: t('authority'), children: authorityLabel(version.authority) },
    {
      key: 'fields',
      label: t('fields'),
      span: 'filled',
      children: version.fields.map((f) => <Tag key={f}>{fieldLabel(f)}</Tag>),
    },
    {
      key: 'bases',
      label: t('legalBases'),
      span: 'filled',
      children: (
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {version.legalBases.map((b) => (
            <li key={`${b.law}${b.article ?? ''}`}>
              {b.law}
              {b.article ? ` ${b.article}` : ''}
            </li>
          ))}
        </ol>
      ),
    },
  ];
  const e = version.entrustment;
  if (e)
    items.push(
      { key: 'body', label: t('entrustingBody'), children: e.entrustingBody },
      { key: 'term', label: t('term'), children: `${e.startDate} — ${e.endDate}` },
      { key: 'scope', label: t('entrustedScope'), span: 'filled', children: e.scope },
      { key: 'powers', label: t('entrustedPowers'), span: 'filled', children: e.powers },
    );
  const dates: [string, string | null][] = [
    ['confirmedOn', version.confirmedOn],
    ['publishedOn', version.publishedOn],
    ['supersededOn', version.supersededOn],
    ['revokedOn', version.revokedOn],
  ];
  for (const [key, value] of dates)
    if (value) items.push({ key, label: t(key as 'confirmedOn'), children: value });
  if (version.revocationReason)
    items.push({
      key: 'reason',
      label: t('revocationReason'),
      span: 'filled',
      children: version.revocationReason,
    });
  if (version.note) items.push({ key: 'note', label: t('note'), span: 'filled', children: version.note });
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
