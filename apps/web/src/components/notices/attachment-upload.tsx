import { CheckCircleOutlined, CloseCircleOutlined, DeleteOutlined, RedoOutlined } from '@ant-design/icons';
import type { Attachment } from '@jiandu/contracts/matters';
import { Button, Progress, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../../console/session.tsx';
import { problemText } from '../../lib/problem.ts';
import { formatSize } from './format.ts';
import { t } from './locale.ts';
import {
  MAX_ATTACHMENT_BYTES,
  type UploadTarget,
  uploadAttachment,
  uploadUrlOf,
} from './upload-attachment.ts';

const MAX_FILES = 20;

interface Item {
  key: number;
  file: File;
  state: 'waiting' | 'uploading' | 'done' | 'error';
  percent: number;
  error?: string;
  attachment?: Attachment;
}

type Props = UploadTarget & {
  id?: string;
  /** The uploaded attachments (the form field's value). */
  value?: Attachment[];
  onChange?: (value: Attachment[]) => void;
  /** Told when uploads start and finish, so the form can wait before it is sent. */
  onBusyChange?: (busy: boolean) => void;
};

/**
 * A form field of attachments: the chosen files are uploaded one after another, each with its
 * progress and, on failure, the server's reason and a retry; the value is what was stored.
 */
export function AttachmentUpload({ id, onChange, onBusyChange, ...target }: Props) {
  const { session } = useSession();
  const url = uploadUrlOf(target);
  const [items, setItems] = useState<Item[]>([]);
  const next = useRef(1);
  const running = useRef(false);
  const patch = useCallback(
    (key: number, change: Partial<Item>) =>
      setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i))),
    [],
  );

  const busy = items.some((i) => i.state === 'waiting' || i.state === 'uploading');
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  const done = items.flatMap((i) => (i.state === 'done' && i.attachment ? [i.attachment] : []));
  const doneKey = done.map((a) => a.sha256).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the list.
  useEffect(() => onChange?.(done), [doneKey]);

  // One upload at a time, in the order chosen: the next waiting file starts when one ends.
  useEffect(() => {
    if (running.current) return;
    const item = items.find((i) => i.state === 'waiting');
    if (!item) return;
    running.current = true;
    patch(item.key, { state: 'uploading', percent: 0 });
    uploadAttachment(url, item.file, session?.csrfToken ?? null, (percent) => patch(item.key, { percent }))
      .then((attachment) => patch(item.key, { state: 'done', percent: 100, attachment }))
      .catch((e: unknown) => patch(item.key, { state: 'error', error: problemText(e) }))
      .finally(() => {
        running.current = false;
        setItems((all) => [...all]);
      });
  }, [items, url, session?.csrfToken, patch]);

  const add = (files: FileList | null) => {
    if (!files) return;
    const room = MAX_FILES - items.length;
    const chosen = [...files]
      .slice(0, Math.max(0, room))
      .map<Item>((file) =>
        file.size > MAX_ATTACHMENT_BYTES
          ? { key: next.current++, file, state: 'error', percent: 0, error: t('tooLarge') }
          : { key: next.current++, file, state: 'waiting', percent: 0 },
      );
    setItems((all) => [...all, ...chosen]);
  };

  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      <input
        id={id}
        type="file"
        multiple
        disabled={items.length >= MAX_FILES}
        onChange={(event) => {
          add(event.target.files);
          event.target.value = '';
        }}
        style={{ maxWidth: '100%' }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {items.length >= MAX_FILES ? t('tooMany') : t('uploadHint')}
      </Typography.Text>
      {items.length ? (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-live="polite">
          {items.map((item) => (
            <li key={item.key} style={{ padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
                {item.state === 'done' ? (
                  <CheckCircleOutlined style={{ color: '#237804' }} aria-label={t('uploaded')} />
                ) : item.state === 'error' ? (
                  <CloseCircleOutlined style={{ color: '#c41d2f' }} aria-hidden />
                ) : null}
                <span style={{ wordBreak: 'break-all', flex: '1 1 160px' }}>{item.file.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatSize(item.file.size)}
                </Typography.Text>
                {item.state === 'error' && item.error !== t('tooLarge') ? (
                  <Button
                    size="small"
                    icon={<RedoOutlined aria-hidden />}
                    onClick={() => patch(item.key, { state: 'waiting', error: undefined, percent: 0 })}
                  >
                    {t('retry')}
                  </Button>
                ) : null}
                {item.state === 'done' || item.state === 'error' ? (
                  <Button
                    size="small"
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t('remove')} ${item.file.name}`}
                    onClick={() => setItems((all) => all.filter((i) => i.key !== item.key))}
                  />
                ) : null}
              </div>
              {item.state === 'uploading' || item.state === 'waiting' ? (
                <Progress
                  percent={item.percent}
                  size="small"
                  aria-label={`${t('uploading')} ${item.file.name}`}
                />
              ) : null}
              {item.state === 'error' ? (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('uploadFailed', { detail: item.error ?? '' })}
                </Typography.Text>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Space>
  );
}
