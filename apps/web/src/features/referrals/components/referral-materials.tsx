import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Card, Typography } from 'antd';
import { AttachmentList } from '../../../components/notices/attachment-list.tsx';
import { attachmentsUrl } from '../api/keys.ts';
import { materialLabel } from '../labels.ts';
import { t } from '../locale-referral.ts';

/** 随附材料: what goes with the 移送书, each with its kind, copies and pages, and its file when uploaded. */
export function ReferralMaterials({ referral: r }: { referral: ReferralDetail }) {
  return (
    <Card size="small" title={t('materials')}>
      {r.materials.length === 0 ? (
        <Typography.Text type="secondary">{t('noMaterials')}</Typography.Text>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="referral-materials">
          {r.materials.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in the 移送书's order; titles may repeat.
            <li key={i} style={{ padding: '4px 0' }}>
              <Typography.Text>{m.title}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {materialLabel(m.kind)} · {t('copies', { n: m.copies })}
                {m.pages ? ` · ${t('pages', { n: m.pages })}` : ''}
              </Typography.Text>
              {m.attachment ? (
                <AttachmentList baseUrl={attachmentsUrl(r.id)} attachments={[m.attachment]} />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
