import { type TableColumnsType, Tag, Typography } from 'antd';
import type { AuditEvent } from '../api/use-audit-events.ts';
import { formatTime } from '../format.ts';
import { actionLabel, targetTypeLabel } from '../labels.ts';
import { t } from '../locale.ts';

const secondary = { fontSize: 12, marginLeft: 6 } as const;

function Action({ code }: { code: string }) {
  const label = actionLabel(code);
  return (
    <span title={code}>
      {label}
      {label !== code ? (
        <Typography.Text type="secondary" style={secondary}>
          {code}
        </Typography.Text>
      ) : null}
    </span>
  );
}

function Target({ row }: { row: AuditEvent }) {
  const id = row.targetId;
  return (
    <span>
      {targetTypeLabel(row.targetType)}
      {id ? (
        <Typography.Text type="secondary" style={secondary} title={id}>
          {id.length > 14 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id}
        </Typography.Text>
      ) : null}
    </span>
  );
}

const Result = ({ result }: { result: AuditEvent['result'] }) => (
  <Tag color={result === 'success' ? 'green' : 'red'}>{t(result)}</Tag>
);

const WIDE: TableColumnsType<AuditEvent> = [
  { title: t('seq'), dataIndex: 'seq', width: 72 },
  { title: t('at'), dataIndex: 'at', render: formatTime },
  { title: t('actor'), dataIndex: 'actorName' },
  { title: t('action'), dataIndex: 'action', render: (code: string) => <Action code={code} /> },
  { title: t('target'), key: 'target', render: (_, row) => <Target row={row} /> },
  { title: t('result'), dataIndex: 'result', render: (r: AuditEvent['result']) => <Result result={r} /> },
  { title: t('ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
];

/** On a phone one column holds the entry, so nothing hides behind a horizontal scroll. */
const NARROW: TableColumnsType<AuditEvent> = [
  {
    title: t('entry'),
    key: 'entry',
    render: (_, row) => (
      <div style={{ display: 'grid', gap: 2, wordBreak: 'break-word' }}>
        <div>
          <Result result={row.result} />
          {formatTime(row.at)}
          <Typography.Text type="secondary" style={secondary}>
            #{row.seq}
          </Typography.Text>
        </div>
        <div>{row.actorName}</div>
        <Action code={row.action} />
        <Target row={row} />
      </div>
    ),
  },
];

/** The columns of the audit table: one per field on a wide screen, a single stacked column on a phone. */
export const auditColumns = (wide: boolean) => (wide ? WIDE : NARROW);
