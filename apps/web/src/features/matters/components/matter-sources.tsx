import { Alert, Flex, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { problemText } from '../../../lib/problem.ts';
import type { MatterSource } from '../api/use-matter-sources.ts';
import { t } from '../locale-form.ts';

function SourceList({ title, sources }: { title: string; sources: MatterSource[] }) {
  if (!sources.length) return null;
  return (
    <section style={{ marginBottom: 8 }}>
      <Typography.Text strong>
        {title} ({sources.length})
      </Typography.Text>
      <ul
        style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}
        data-testid={`sources-${sources[0]!.kind}`}
      >
        {sources.map((s) => (
          <li key={s.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
            {s.error ? (
              <Typography.Text type="danger">
                {t('sourceMissing', { detail: problemText(s.error) })}
              </Typography.Text>
            ) : (
              <>
                <Flex wrap gap={8} align="baseline">
                  <Tag style={{ marginInlineEnd: 0 }}>{s.label}</Tag>
                  {s.agency ? <Typography.Text type="secondary">{s.agency.name}</Typography.Text> : null}
                  {s.kind === 'warning' && s.caseId ? (
                    <Link to={`/cases/${encodeURIComponent(s.caseId)}`}>{s.caseNumber ?? t('cases')}</Link>
                  ) : null}
                  {s.kind === 'case' ? (
                    <Link to={`/cases/${encodeURIComponent(s.id)}`}>{s.label}</Link>
                  ) : null}
                </Flex>
                {s.text ? <div style={{ wordBreak: 'break-word' }}>{s.text}</div> : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The warnings and cases the matter is opened from, read only, and whether they share one agency. */
export function MatterSources({ sources, loading }: { sources: MatterSource[]; loading: boolean }) {
  if (!sources.length) return null;
  const agencies = new Set(sources.flatMap((s) => (s.agency ? [s.agency.id] : [])));
  return (
    <div
      style={{
        background: '#fafbfc',
        border: '1px solid #e8ebf0',
        borderRadius: 4,
        padding: 12,
        marginBottom: 16,
      }}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('sources')}
      </Typography.Title>
      {loading ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      <SourceList title={t('warnings')} sources={sources.filter((s) => s.kind === 'warning')} />
      <SourceList title={t('cases')} sources={sources.filter((s) => s.kind === 'case')} />
      {agencies.size > 1 ? <Alert type="warning" showIcon title={t('mixedAgencies')} /> : null}
    </div>
  );
}
