import type { MatterDetail } from '@jiandu/contracts/matters';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import {
  modeLabel,
  originLabel,
  problemLabel,
  scopeLabel,
  trackLabel,
} from '../../../components/notices/labels.ts';
import { MatterStatusTag } from '../../../components/notices/notice-tags.tsx';
import { t } from '../locale-matter.ts';

const pre = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

/** The top of a matter's page: its number, title and status, who and what it is about, its deadline. */
export function MatterHeader({ matter: m }: { matter: MatterDetail }) {
  const overdue = m.status !== 'closed' && m.overdueDays > 0;
  return (
    <div>
      <Typography.Text type="secondary" copyable style={{ fontSize: 13 }}>
        {m.number}
      </Typography.Text>
      <Typography.Title level={4} style={{ margin: '4px 0 8px', wordBreak: 'break-word' }}>
        {m.title}
      </Typography.Title>
      <Flex wrap gap={6} style={{ marginBottom: 12 }}>
        <MatterStatusTag status={m.status} />
        <Tag style={{ marginInlineEnd: 0 }}>{scopeLabel(m.scope)}</Tag>
        <Tag color={m.mode === 'binding' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
          {modeLabel(m.mode)}
        </Tag>
        <Tag color="purple" style={{ marginInlineEnd: 0 }}>
          {trackLabel(m.track)}
        </Tag>
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'agency', label: t('agency'), children: m.agencyName },
          { key: 'org', label: t('supervisingOrg'), children: m.orgName },
          ...(m.status === 'closed' && !m.dueOn
            ? []
            : [
                {
                  key: 'due',
                  label: t('dueOn'),
                  children: m.dueOn ? (
                    <span data-testid="matter-due">
                      {m.dueOn}
                      {overdue ? (
                        <Typography.Text type="danger" strong style={{ marginInlineStart: 6 }}>
                          {t('overdueDays', { n: m.overdueDays })}
                        </Typography.Text>
                      ) : null}
                    </span>
                  ) : (
                    t('noDue')
                  ),
                },
              ]),
          {
            key: 'origin',
            label: t('origin'),
            children: m.originRef ? `${originLabel(m.origin)} (${m.originRef})` : originLabel(m.origin),
          },
          { key: 'opened', label: t('openedOn'), children: m.openedOn },
          { key: 'openedBy', label: t('openedBy'), children: m.openedBy },
          ...(m.closedOn ? [{ key: 'closed', label: t('closedOn'), children: m.closedOn }] : []),
          {
            key: 'problems',
            label: t('problems'),
            span: 'filled' as const,
            children: (
              <Flex wrap gap={4}>
                {m.problems.map((p) => (
                  <Tag key={p} style={{ marginInlineEnd: 0 }}>
                    {problemLabel(p)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          {
            key: 'description',
            label: t('description'),
            span: 'filled' as const,
            children: <span style={pre}>{m.description}</span>,
          },
          ...(m.conclusion
            ? [
                {
                  key: 'conclusion',
                  label: t('conclusion'),
                  span: 'filled' as const,
                  children: <span style={pre}>{m.conclusion}</span>,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
