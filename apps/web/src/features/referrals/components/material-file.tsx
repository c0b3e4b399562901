import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Attachment } from '@jiandu/contracts/matters';
import { Button, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { formatSize } from '../../../components/notices/format.ts';
import { MAX_ATTACHMENT_BYTES, uploadAttachment } from '../../../components/notices/upload-attachment.ts';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { t } from '../locale-form.ts';

interface Props {
  /** Where the file is posted (the referral's attachments). */
  uploadUrl: string;
  value?: Attachment | null;
  onChange?: (value: Attachment | null) => void;
  onBusyChange?: (busy: boolean) => void;
  'aria-label'?: string;
}

/** One material's file: uploaded when chosen, with its progress and the server's reason on failure. */
export function MaterialFile({ uploadUrl, value, onChange, onBusyChange, ...rest }: Props) {
  const { session } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choose = (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(t('fileTooLarge'));
    setPercent(0);
    onBusyChange?.(true);
    uploadAttachment(uploadUrl, file, session?.csrfToken ?? null, setPercent)
      .then((attachment) => onChange?.(attachment))
      .catch((e: unknown) => setError(problemText(e)))
      .finally(() => {
        setPercent(null);
        onBusyChange?.(false);
      });
  };
  if (value)
    return (
      <Space size={4} wrap>
        <PaperClipOutlined aria-hidden />
        <span style={{ wordBreak: 'break-all' }}>{value.fileName}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatSize(value.size)}
        </Typography.Text>
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={`${t('removeFile')} ${value.fileName}`}
          onClick={() => onChange?.(null)}
        />
      </Space>
    );
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        aria-label={rest['aria-label'] ?? t('uploadFile')}
        onChange={(e) => {
          choose(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {percent === null ? (
        <Button size="small" icon={<UploadOutlined aria-hidden />} onClick={() => input.current?.click()}>
          {t('uploadFile')}
        </Button>
      ) : (
        <Progress percent={percent} size="small" style={{ minWidth: 120 }} />
      )}
      {error ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {error}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
