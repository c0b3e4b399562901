import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { download } from '../../lib/api.ts';
import { problemText } from '../../lib/problem.ts';
import { seg } from './keys.ts';
import { t } from './locale.ts';

/** Downloads the notice exactly as issued, as PDF or Word (each download is audited). */
export function downloadNotice(id: string, format: 'pdf' | 'docx'): Promise<void> {
  return download(`/api/notices/${seg(id)}/document.${format}`);
}

/** 下载 PDF and 下载 Word for one notice, each showing that it is working and why it failed. */
export function NoticeDownloads({ id }: { id: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'pdf' | 'docx' | null>(null);
  const get = (format: 'pdf' | 'docx') => {
    setBusy(format);
    downloadNotice(id, format)
      .catch((e: unknown) => message.error(t('downloadFailed', { detail: problemText(e) })))
      .finally(() => setBusy(null));
  };
  return (
    <Space wrap>
      <Button icon={<FilePdfOutlined aria-hidden />} loading={busy === 'pdf'} onClick={() => get('pdf')}>
        {t('downloadPdf')}
      </Button>
      <Button icon={<FileWordOutlined aria-hidden />} loading={busy === 'docx'} onClick={() => get('docx')}>
        {t('downloadWord')}
      </Button>
    </Space>
  );
}
