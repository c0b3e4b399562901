import { PaperClipOutlined } from '@ant-design/icons';
import type { Attachment } from '@jiandu/contracts/matters';
import { App, Button, Typography } from 'antd';
import { download } from '../../lib/api.ts';
import { problemText } from '../../lib/problem.ts';
import { formatSize } from './format.ts';
import { seg } from './keys.ts';
import { t } from './locale.ts';

/** Downloads one attachment of a matter under its original name (each download is audited). */
export function downloadAttachment(matterId: string, sha256: string): Promise<void> {
  return download(`/api/matters/${seg(matterId)}/attachments/${seg(sha256)}`);
}

/** Where the files are downloaded from: a matter's attachments, or another object's (a complaint's). */
type Source = { matterId: string } | { baseUrl: string };

/** The files named by a record or a report, each downloadable; nothing when there are none. */
export function AttachmentList({ attachments, ...source }: Source & { attachments: Attachment[] }) {
  const { message } = App.useApp();
  const fetchFile = (sha256: string) =>
    'baseUrl' in source
      ? download(`${source.baseUrl}/${seg(sha256)}`)
      : downloadAttachment(source.matterId, sha256);
  if (!attachments.length) return null;
  return (
    <ul aria-label={t('attachments')} style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
      {attachments.map((a) => (
        <li key={a.sha256}>
          <Button
            type="link"
            size="small"
            icon={<PaperClipOutlined aria-hidden />}
            style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            onClick={() =>
              fetchFile(a.sha256).catch((e: unknown) =>
                message.error(t('downloadFailed', { detail: problemText(e) })),
              )
            }
          >
            <span style={{ wordBreak: 'break-all' }}>{a.fileName}</span>
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {formatSize(a.size)}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
