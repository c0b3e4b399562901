import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import { AttachmentList } from '../../../components/notices/attachment-list.tsx';
import { seg } from '../api/keys.ts';
import { t } from '../locale-complaint.ts';

/**
 * 关联投诉与附件: the complaints this one resembles (same phone, same target, similar words), each
 * opening its page, and the files the complainant sent, each downloadable (and the download audited).
 */
export function ComplaintLinks({ complaint: c }: { complaint: ComplaintDetail }) {
  return (
    <Card size="small" title={t('links')}>
      <Typography.Text strong>{t('related')}</Typography.Text>
      {c.related.length ? (
        <ul style={{ paddingInlineStart: 18, margin: '4px 0 12px' }} data-testid="complaint-related">
          {c.related.map((r) => (
            <li key={r.id} style={{ wordBreak: 'break-word' }}>
              <Link to={`/complaints/${seg(r.id)}`}>{r.title}</Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.trackingCode} · {r.reason}
                </Typography.Text>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <div style={{ margin: '4px 0 12px' }}>
          <Typography.Text type="secondary">{t('noRelated')}</Typography.Text>
        </div>
      )}
      <Typography.Text strong>{t('attachments')}</Typography.Text>
      {c.attachments.length ? (
        <AttachmentList baseUrl={`/api/complaints/${seg(c.id)}/attachments`} attachments={c.attachments} />
      ) : (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">{t('noAttachments')}</Typography.Text>
        </div>
      )}
    </Card>
  );
}
