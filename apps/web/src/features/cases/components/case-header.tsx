import type { CaseDetail } from '@jiandu/contracts/cases';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { formatTime } from '../format.ts';
import { originLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { CaseStatusTag } from './case-status-tag.tsx';

/** The top of a case's page: its subject, where it stands, its number, version and where it came from. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const s = detail.summary;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {s.title ?? s.externalId}
      </Typography.Title>
      <Space size={6} wrap>
        <CaseStatusTag status={s.status} />
        {s.major ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {t('majorOnly')}
          </Tag>
        ) : null}
        {/* Cyan text on its tint falls short of 4.5:1; purple reads. */}
        <Tag color={s.origin === 'exchange' ? 'geekblue' : 'purple'} style={{ marginInlineEnd: 0 }}>
          {originLabel(s.origin)}
        </Tag>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          {
            key: 'number',
            label: t('caseNumber'),
            children: (
              <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                {s.externalId}
              </Typography.Text>
            ),
          },
          { key: 'version', label: t('version'), children: t('versionN', { n: s.version }) },
          { key: 'origin', label: t('origin'), children: s.sourceName ?? originLabel(s.origin) },
          { key: 'received', label: t('receivedAt'), children: formatTime(s.receivedAt) },
        ]}
      />
    </Space>
  );
}
