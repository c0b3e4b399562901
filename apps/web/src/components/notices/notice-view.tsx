import type { Notice } from '@jiandu/contracts/matters';
import { Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatTime } from './format.ts';
import { t } from './locale.ts';
import { NoticeAnswers } from './notice-answers.tsx';
import { NoticeDownloads } from './notice-downloads.tsx';

const pre = { whiteSpace: 'pre-wrap', marginBottom: 0, wordBreak: 'break-word' } as const;

function Text({ title, children }: { title: string; children: string }) {
  return (
    <section style={{ marginTop: 12 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Paragraph style={pre}>{children}</Typography.Paragraph>
    </section>
  );
}

/**
 * One supervision notice as both sides read it: its dates and receipt, findings, requirements and
 * basis, the issued documents, and what passed since. `matterLink` names the matter where the
 * reader is not already on it; the actions of the reader's side come after the documents.
 */
export function NoticeView({
  notice,
  matterLink,
  actions,
}: {
  notice: Notice;
  matterLink?: ReactNode;
  actions?: ReactNode;
}) {
  const overdue = notice.status === 'issued' && notice.overdueDays > 0;
  return (
    <div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'issuer', label: t('issuer'), children: notice.orgName },
          { key: 'agency', label: t('agency'), children: notice.agencyName },
          ...(matterLink ? [{ key: 'matter', label: t('matter'), children: matterLink }] : []),
          { key: 'issuedOn', label: t('issuedOn'), children: notice.issuedOn },
          {
            key: 'dueOn',
            label: t('dueOn'),
            children: (
              <span>
                {notice.dueOn}
                {overdue ? (
                  <Typography.Text type="danger" strong style={{ marginInlineStart: 6 }}>
                    {t('overdue', { n: notice.overdueDays })}
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
          { key: 'objectionUntil', label: t('objectionUntil'), children: notice.objectionUntil },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {notice.dueRule}
      </Typography.Paragraph>
      <div style={{ marginTop: 8, wordBreak: 'break-word' }}>
        <Typography.Text type="secondary">{t('receipt')}: </Typography.Text>
        {notice.readAt ? (
          <span data-testid="notice-receipt">
            {t('receivedBy', { by: notice.readBy ?? '', at: formatTime(notice.readAt) })}
          </span>
        ) : (
          <Typography.Text type="warning" data-testid="notice-receipt">
            {t('notReceived')}
          </Typography.Text>
        )}
      </div>
      <Text title={t('findings')}>{notice.findings}</Text>
      <Text title={t('requirements')}>{notice.requirements}</Text>
      <Text title={t('basis')}>{notice.basis}</Text>
      <Flex wrap gap={8} style={{ marginTop: 12 }}>
        <NoticeDownloads id={notice.id} />
        {actions}
      </Flex>
      <NoticeAnswers notice={notice} />
    </div>
  );
}
