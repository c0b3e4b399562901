import { Col, Row, Typography } from 'antd';
import type { AuditEvent } from '../api/use-audit-events.ts';
import { t } from '../locale.ts';

const pre = {
  margin: 0,
  padding: 8,
  background: '#f6f8fa',
  borderRadius: 4,
  fontSize: 12,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  maxHeight: 360,
  overflow: 'auto',
} as const;

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <pre style={pre}>{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** An entry's detail: before and after side by side when the entry records a change, else the JSON as it is. */
export function AuditDetail({ event }: { event: AuditEvent }) {
  const detail = event.detail;
  const isObject = detail !== null && typeof detail === 'object' && !Array.isArray(detail);
  const { before, after, ...rest } = isObject ? (detail as Record<string, unknown>) : {};
  const hasChange = isObject && ('before' in detail || 'after' in detail);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {event.userAgent ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
          {t('client')}: {event.userAgent}
        </Typography.Text>
      ) : null}
      {hasChange ? (
        <>
          <Row gutter={[12, 8]}>
            <Col xs={24} md={12}>
              <Json label={t('before')} value={before ?? null} />
            </Col>
            <Col xs={24} md={12}>
              <Json label={t('after')} value={after ?? null} />
            </Col>
          </Row>
          {Object.keys(rest).length ? <Json label={t('other')} value={rest} /> : null}
        </>
      ) : detail === null || detail === undefined || (isObject && Object.keys(detail).length === 0) ? (
        <Typography.Text type="secondary">{t('noDetail')}</Typography.Text>
      ) : (
        <Json label={t('detail')} value={detail} />
      )}
    </div>
  );
}
