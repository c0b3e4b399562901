import { Alert, Button, Drawer, Grid, Skeleton, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../console/session.tsx';
import { ApiError } from '../../lib/api.ts';
import { problemText } from '../../lib/problem.ts';
import { AcknowledgeModal } from './acknowledge-modal.tsx';
import { offeredActions, type WarningAction } from './actions.ts';
import { ContestModal } from './contest-modal.tsx';
import { DismissModal } from './dismiss-modal.tsx';
import { FactsTable, ParametersTable } from './facts-table.tsx';
import { formatTime } from './format.ts';
import { ruleLabel } from './labels.ts';
import { t } from './locale.ts';
import { useWarning } from './use-warning.ts';
import { WarningHistory } from './warning-history.tsx';
import { WarningOverview } from './warning-overview.tsx';
import { SeverityTag } from './warning-tags.tsx';

const ACTION_LABEL: Record<WarningAction, () => string> = {
  acknowledge: () => t('acknowledge'),
  dismiss: () => t('dismiss'),
  contest: () => t('contestAction'),
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginTop: 20 }}>
      <Typography.Title level={5} style={{ marginBottom: 8 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/**
 * One warning beside the list it was opened from: the finding, the facts and parameter values it
 * rests on, its legal basis, the agency's objection and its history, with the actions the user's
 * permissions and the warning's status allow.
 */
export function WarningDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { can } = useSession();
  const narrow = Grid.useBreakpoint().md === false;
  const query = useWarning(id);
  const [acting, setActing] = useState<WarningAction | null>(null);
  const d = query.data;
  const actions = d ? offeredActions(d.summary.status, can) : [];
  const navigate = useNavigate();
  // An open or acknowledged warning may become a supervision matter (立项) of its agency.
  const toMatter =
    d && can('matter.handle') && (d.summary.status === 'open' || d.summary.status === 'acknowledged')
      ? `/matters/new?${new URLSearchParams({ warningIds: d.summary.id, agencyId: d.summary.agency.id })}`
      : null;
  const missing = query.error instanceof ApiError && query.error.status === 404;
  return (
    <Drawer
      open
      size={narrow ? '100%' : 720}
      onClose={onClose}
      title={
        d ? (
          <Space wrap>
            {ruleLabel(d.summary.ruleCode, d.summary.ruleName)}
            <SeverityTag severity={d.summary.severity} />
          </Space>
        ) : (
          t('detail')
        )
      }
      extra={
        actions.length || toMatter ? (
          <Space wrap>
            {toMatter ? (
              <Button type="primary" ghost onClick={() => navigate(toMatter)}>
                {t('toMatter')}
              </Button>
            ) : null}
            {actions.map((action) => (
              <Button
                key={action}
                type={action === 'acknowledge' ? 'primary' : 'default'}
                danger={action === 'dismiss'}
                onClick={() => setActing(action)}
              >
                {ACTION_LABEL[action]()}
              </Button>
            ))}
          </Space>
        ) : null
      }
    >
      {query.error ? (
        <Alert type="error" showIcon title={missing ? t('notFound') : problemText(query.error)} />
      ) : null}
      {!d && !query.error ? <Skeleton active /> : null}
      {d ? (
        <>
          <Alert type="warning" title={d.summary.message} style={{ marginBottom: 16 }} />
          <WarningOverview detail={d} narrow={narrow} />
          {d.contest ? (
            <Section title={t('contest')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
                {d.contest.text}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('contestBy', { by: d.contest.by, at: formatTime(d.contest.at) })}
              </Typography.Text>
            </Section>
          ) : null}
          <Section title={t('basis')}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{d.basis}</Typography.Paragraph>
          </Section>
          <Section title={t('facts')}>
            <FactsTable ruleCode={d.summary.ruleCode} facts={d.facts} />
          </Section>
          <Section title={t('parameters')}>
            <ParametersTable ruleCode={d.summary.ruleCode} parameters={d.parameters} />
          </Section>
          <Section title={t('history')}>
            <WarningHistory history={d.history} />
          </Section>
        </>
      ) : null}
      {acting === 'acknowledge' ? <AcknowledgeModal id={id} onClose={() => setActing(null)} /> : null}
      {acting === 'dismiss' ? <DismissModal id={id} onClose={() => setActing(null)} /> : null}
      {acting === 'contest' ? <ContestModal id={id} onClose={() => setActing(null)} /> : null}
    </Drawer>
  );
}
