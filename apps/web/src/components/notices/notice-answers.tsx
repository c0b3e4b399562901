import type { Notice } from '@jiandu/contracts/matters';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { AttachmentList } from './attachment-list.tsx';
import { formatTime } from './format.ts';
import { responseKindLabel } from './labels.ts';
import { t } from './locale.ts';

const pre = { whiteSpace: 'pre-wrap', marginBottom: 4, wordBreak: 'break-word' } as const;
const small = { fontSize: 12 } as const;

function Entry({ children }: { children: ReactNode }) {
  return (
    <li style={{ borderInlineStart: '3px solid #e8ebf0', paddingInlineStart: 12, marginBottom: 12 }}>
      {children}
    </li>
  );
}

/**
 * What passed between the agency and the supervisor on one notice: the agency's plans and reports
 * with their attachments and the verdict on each report, then any objection and its decision.
 */
export function NoticeAnswers({ notice }: { notice: Notice }) {
  return (
    <>
      <Typography.Title level={5} style={{ fontSize: 14, marginTop: 16 }}>
        {t('answers')}
      </Typography.Title>
      {notice.responses.length === 0 ? (
        <Typography.Text type="secondary">{t('noAnswers')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="notice-responses">
          {notice.responses.map((r) => (
            <Entry key={r.id}>
              <Flex wrap gap={8} align="baseline">
                <Typography.Text strong>{responseKindLabel(r.kind)}</Typography.Text>
                <Typography.Text type="secondary" style={small}>
                  {t('submittedBy', { by: r.submittedBy, at: formatTime(r.submittedAt) })}
                </Typography.Text>
              </Flex>
              <Typography.Paragraph style={pre}>{r.content}</Typography.Paragraph>
              <AttachmentList matterId={notice.matterId} attachments={r.attachments} />
              {r.verdict ? (
                <div style={{ marginTop: 6 }}>
                  <Tag color={r.verdict === 'accepted' ? 'success' : 'error'}>
                    {r.verdict === 'accepted' ? t('verdictAccepted') : t('verdictReturned')}
                  </Tag>
                  <Typography.Text style={pre}>{r.verdictNote}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={small}>
                      {t('verdictBy', { by: r.verdictBy ?? '', at: formatTime(r.verdictAt) })}
                    </Typography.Text>
                  </div>
                </div>
              ) : null}
            </Entry>
          ))}
        </ul>
      )}
      {notice.objections.length ? (
        <>
          <Typography.Title level={5} style={{ fontSize: 14, marginTop: 16 }}>
            {t('objections')}
          </Typography.Title>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="notice-objections">
            {notice.objections.map((o) => (
              <Entry key={o.id}>
                <Typography.Paragraph style={pre}>{o.grounds}</Typography.Paragraph>
                <Typography.Text type="secondary" style={small}>
                  {t('filedBy', { by: o.filedBy, on: o.filedOn })}
                </Typography.Text>
                <div style={{ marginTop: 6 }}>
                  {o.decision ? (
                    <>
                      <Tag color={o.decision === 'upheld' ? 'success' : 'default'}>
                        {o.decision === 'upheld' ? t('upheld') : t('rejected')}
                      </Tag>
                      <Typography.Text style={pre}>{o.decisionReason}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary" style={small}>
                          {t('decidedBy', { by: o.decidedBy ?? '', on: o.decidedOn ?? '' })}
                        </Typography.Text>
                      </div>
                    </>
                  ) : (
                    <>
                      <Tag color="orange">{t('pendingDecision')}</Tag>
                      <Typography.Text type="secondary" style={small}>
                        {t('decideBy', { on: o.decideBy })}
                      </Typography.Text>
                    </>
                  )}
                </div>
              </Entry>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
