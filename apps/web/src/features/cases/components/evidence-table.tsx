import type { CaseEvidenceView } from '@jiandu/contracts/cases';
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { formatSpecTime, shortHash } from '../format.ts';
import { evidenceLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { t as th } from '../locale-handling.ts';
import { EmptyText } from './empty-text.tsx';
import { EvidenceActions } from './evidence-actions.tsx';
import { VerifyState } from './verify-state.tsx';

type Evidence = CaseEvidenceView;

/**
 * 证据: the evidence the record lists, by kind, SHA-256 (shortened, the whole hash copied) and
 * capture time, whether the file behind the hash has been uploaded and how its last check went,
 * with download and re-check of the stored files.
 */
export function EvidenceTable({ caseId, evidence }: { caseId: string; evidence: Evidence[] }) {
  const columns: TableColumnsType<Evidence> = [
    { title: t('evidenceKind'), dataIndex: 'kind', render: (kind: Evidence['kind']) => evidenceLabel(kind) },
    {
      title: t('sha256'),
      dataIndex: 'sha256',
      render: (hash: string) => (
        <Typography.Text copyable={{ text: hash }} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          <span title={hash}>{shortHash(hash)}</span>
        </Typography.Text>
      ),
    },
    {
      title: t('capturedAt'),
      dataIndex: 'capturedAt',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatSpecTime(at)}</span>,
    },
    {
      title: t('evidenceFile'),
      key: 'file',
      render: (_, e) =>
        e.stored ? (
          <span style={{ display: 'inline-block', minWidth: 120, maxWidth: 240, wordBreak: 'break-all' }}>
            {e.fileName ?? t('uploaded')}
          </span>
        ) : (
          <Tag style={{ marginInlineEnd: 0 }}>{t('notUploaded')}</Tag>
        ),
    },
    {
      title: th('verifyState'),
      key: 'verify',
      render: (_, e) => (e.stored ? <VerifyState evidence={e} /> : '—'),
    },
    {
      title: th('actions'),
      key: 'actions',
      render: (_, e) => (e.stored ? <EvidenceActions caseId={caseId} evidence={e} /> : null),
    },
  ];
  return (
    <Table<Evidence>
      rowKey={(e) => `${e.sha256}-${e.capturedAt}-${e.kind}`}
      size="middle"
      dataSource={evidence}
      columns={columns}
      pagination={
        evidence.length > 20 ? { pageSize: 20, showTotal: (total) => t('evidenceTotal', { total }) } : false
      }
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <EmptyText>{t('noEvidence')}</EmptyText> }}
    />
  );
}
