import { AuditOutlined, FileDoneOutlined, SendOutlined } from '@ant-design/icons';
import type { MatterDetail, Notice } from '@jiandu/contracts/matters';
import { Button, Card, Flex, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { noticeKindLabel } from '../../../components/notices/labels.ts';
import { NoticeStatusTag, OverdueTag } from '../../../components/notices/notice-tags.tsx';
import { NoticeView } from '../../../components/notices/notice-view.tsx';
import { t } from '../locale-matter.ts';
import type { Step } from '../matter-steps.ts';
import { IssueNoticeModal } from './issue-notice-modal.tsx';
import { ObjectionDecisionModal } from './objection-decision-modal.tsx';
import { VerdictModal } from './verdict-modal.tsx';

type Acting = { kind: 'verify' | 'decide'; notice: Notice } | null;

/** The supervisor's steps on one notice: 核查 when a report is in, 复查决定 when an objection waits. */
function SupervisorActions({ notice, onAct }: { notice: Notice; onAct: (a: Acting) => void }) {
  const pending = notice.objections.some((o) => o.decision === null);
  return (
    <>
      {notice.status === 'reported' ? (
        <Button
          type="primary"
          icon={<FileDoneOutlined aria-hidden />}
          onClick={() => onAct({ kind: 'verify', notice })}
        >
          {t('verify')}
        </Button>
      ) : null}
      {pending ? (
        <Button
          type="primary"
          icon={<AuditOutlined aria-hidden />}
          onClick={() => onAct({ kind: 'decide', notice })}
        >
          {t('decide')}
        </Button>
      ) : null}
    </>
  );
}

/**
 * 监督文书: each notice issued on the matter as a card (its text, documents, receipt and what passed
 * since), with 制发文书 and the supervisor's steps, or for agency staff the way to their inbox.
 */
export function NoticesCard({
  matter,
  step,
  handles,
  responds,
}: {
  matter: MatterDetail;
  step: Step | null;
  handles: boolean;
  responds: boolean;
}) {
  const navigate = useNavigate();
  const [issuing, setIssuing] = useState(false);
  const [acting, setActing] = useState<Acting>(null);
  return (
    <Card
      size="small"
      title={`${t('notices')} (${matter.notices.length})`}
      extra={
        step && (step.allowed || step.reason) ? (
          <Tooltip title={step.allowed ? undefined : step.reason}>
            <Button
              size="small"
              type={step.allowed && matter.notices.length === 0 ? 'primary' : 'default'}
              icon={<SendOutlined aria-hidden />}
              disabled={!step.allowed}
              onClick={() => setIssuing(true)}
            >
              {t('issue')}
            </Button>
          </Tooltip>
        ) : null
      }
    >
      {matter.notices.length === 0 ? (
        <Typography.Text type="secondary">{t('noNotices')}</Typography.Text>
      ) : null}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {matter.notices.map((n) => (
          <Card
            key={n.id}
            type="inner"
            size="small"
            data-testid="notice-card"
            title={
              <Flex wrap gap={6} align="center" style={{ whiteSpace: 'normal', padding: '4px 0' }}>
                <span>{noticeKindLabel(n.kind)}</span>
                <Typography.Text copyable style={{ fontWeight: 400 }} data-testid="notice-number">
                  {n.number}
                </Typography.Text>
                <NoticeStatusTag status={n.status} />
                {n.status === 'issued' ? <OverdueTag days={n.overdueDays} /> : null}
              </Flex>
            }
          >
            <NoticeView
              notice={n}
              actions={
                <>
                  {handles ? <SupervisorActions notice={n} onAct={setActing} /> : null}
                  {responds ? (
                    <Button onClick={() => navigate(`/notices/${encodeURIComponent(n.id)}`)}>
                      {t('inInbox')}
                    </Button>
                  ) : null}
                </>
              }
            />
          </Card>
        ))}
      </Space>
      {issuing ? <IssueNoticeModal matter={matter} onClose={() => setIssuing(false)} /> : null}
      {acting?.kind === 'verify' ? (
        <VerdictModal notice={acting.notice} onClose={() => setActing(null)} />
      ) : null}
      {acting?.kind === 'decide' ? (
        <ObjectionDecisionModal notice={acting.notice} onClose={() => setActing(null)} />
      ) : null}
    </Card>
  );
}
