import type { BatchDetail, BatchResults, ReviewFile } from '@jiandu/contracts/case-reviews';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { sheetStatusLabel } from '../labels.ts';
import { t } from '../locale-team.ts';
import { ReplaceModal } from './replace-modal.tsx';
import { ScrollRegion } from './scroll-region.tsx';
import { FileStateTag } from './status-tags.tsx';

const SHEET_COLORS = {
  pending: 'default',
  draft: 'processing',
  submitted: 'success',
  replaced: 'default',
} as const;

interface Props {
  batch: BatchDetail;
  results: UseQueryResult<BatchResults>;
  manage: boolean;
}

/** 评查进度: each file with its reviewers and where their sheets stand; the organizer may replace one. */
export function ProgressPanel({ batch, results, manage }: Props) {
  const [replacing, setReplacing] = useState<{
    file: ReviewFile;
    sheet: ReviewFile['assignments'][number];
  } | null>(null);
  const columns: TableColumnsType<ReviewFile> = [
    { title: t('seq'), dataIndex: 'seq', width: 64 },
    { title: t('caseNumber'), dataIndex: ['case', 'externalId'] },
    { title: t('agency'), dataIndex: ['agency', 'name'] },
    { title: t('state'), dataIndex: 'state', render: (_, f) => <FileStateTag state={f.state} /> },
    {
      title: t('reviewers'),
      key: 'reviewers',
      render: (_, f) => (
        <Space orientation="vertical" size={2}>
          {f.assignments
            .filter((a) => a.status !== 'replaced')
            .map((a) => (
              <Space key={a.id} size={4} wrap>
                <span>{a.reviewerName}</span>
                <Tag color={SHEET_COLORS[a.status]}>{sheetStatusLabel(a.status)}</Tag>
                {manage && (a.status === 'pending' || a.status === 'draft') ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => setReplacing({ file: f, sheet: a })}
                  >
                    {t('replace')}
                  </Button>
                ) : null}
              </Space>
            ))}
        </Space>
      ),
    },
  ];
  return (
    <>
      <ScrollRegion label={t('reviewers')}>
        <Table<ReviewFile>
          rowKey="id"
          size="middle"
          loading={results.isFetching}
          dataSource={results.data?.files ?? []}
          columns={columns}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          style={{ minWidth: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('noFiles')}</Typography.Text> }}
        />
      </ScrollRegion>
      {replacing ? (
        <ReplaceModal
          batch={batch}
          file={replacing.file}
          sheet={replacing.sheet}
          onClose={() => setReplacing(null)}
        />
      ) : null}
    </>
  );
}
