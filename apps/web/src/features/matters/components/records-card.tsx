import { FileAddOutlined } from '@ant-design/icons';
import type { MatterDetail } from '@jiandu/contracts/matters';
import { Button, Card, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { AttachmentList } from '../../../components/notices/attachment-list.tsx';
import { recordKindLabel } from '../../../components/notices/labels.ts';
import { t } from '../locale-matter.ts';
import type { Step } from '../matter-steps.ts';
import { RecordModal } from './record-modal.tsx';

/** 调查记录: each step of the investigation, by whom, with its evidence files. */
export function RecordsCard({ matter, step }: { matter: MatterDetail; step: Step | null }) {
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={`${t('records')} (${matter.records.length})`}
      extra={
        step && (step.allowed || step.reason) ? (
          <Tooltip title={step.allowed ? undefined : step.reason}>
            <Button
              size="small"
              icon={<FileAddOutlined aria-hidden />}
              disabled={!step.allowed}
              onClick={() => setOpen(true)}
            >
              {t('addRecord')}
            </Button>
          </Tooltip>
        ) : null
      }
    >
      {matter.records.length === 0 ? (
        <Typography.Text type="secondary">{t('noRecords')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="matter-records">
          {matter.records.map((r) => (
            <li key={r.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex wrap gap={8} align="baseline">
                <Typography.Text strong>{recordKindLabel(r.kind)}</Typography.Text>
                <span>{r.happenedOn}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('participants')}: {r.participants.join('、')}
                </Typography.Text>
              </Flex>
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap', margin: '4px 0', wordBreak: 'break-word' }}
              >
                {r.content}
              </Typography.Paragraph>
              <AttachmentList matterId={matter.id} attachments={r.attachments} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('recordedBy', { by: r.createdBy })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {open ? <RecordModal matter={matter} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
