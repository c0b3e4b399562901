import type { WarningDetail } from '@jiandu/contracts/warnings';
import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { Link } from 'react-router';
import { fieldLabel } from '../../lib/enforcement-fields.ts';
import { formatTime } from './format.ts';
import { dismissReasonLabel, ruleLabel } from './labels.ts';
import { t } from './locale.ts';
import { SeverityTag, WarningStatusTag } from './warning-tags.tsx';

const mono = { fontFamily: 'monospace' } as const;

/** A warning at a glance: its rule, severity, status and who set it, the agency, the case, when found. */
export function WarningOverview({ detail, narrow }: { detail: WarningDetail; narrow: boolean }) {
  const s = detail.summary;
  const items: DescriptionsProps['items'] = [
    {
      key: 'rule',
      label: t('rule'),
      span: 'filled',
      children: (
        <>
          {ruleLabel(s.ruleCode, s.ruleName)}
          <Typography.Text type="secondary" style={{ ...mono, fontSize: 12, marginInlineStart: 8 }}>
            {s.ruleCode} · {t('ruleVersion', { n: s.ruleVersion })}
          </Typography.Text>
        </>
      ),
    },
    { key: 'severity', label: t('severity'), children: <SeverityTag severity={s.severity} /> },
    { key: 'status', label: t('status'), children: <WarningStatusTag status={s.status} /> },
    { key: 'agency', label: t('agency'), children: s.agency.name },
    {
      key: 'case',
      label: t('case'),
      children: s.case ? (
        <Link to={`/cases/${encodeURIComponent(s.case.id)}`} style={mono}>
          {s.case.externalId}
        </Link>
      ) : (
        <Typography.Text type="secondary">{t('classWarning')}</Typography.Text>
      ),
    },
    { key: 'field', label: t('field'), children: s.field ? fieldLabel(s.field) : '—' },
    { key: 'region', label: t('region'), children: <span style={mono}>{s.regionCode}</span> },
    { key: 'found', label: t('firstFoundAt'), children: formatTime(s.firstFoundAt) },
    { key: 'evaluated', label: t('lastEvaluatedAt'), children: formatTime(s.lastEvaluatedAt) },
    {
      key: 'changed',
      label: t('statusChanged'),
      span: 'filled',
      children: `${formatTime(s.statusChangedAt)} · ${s.statusChangedBy}`,
    },
  ];
  if (detail.caseVersion !== null)
    items.push({
      key: 'version',
      label: t('caseVersion'),
      children: t('versionN', { n: detail.caseVersion }),
    });
  if (detail.resolvedAt)
    items.push({ key: 'resolved', label: t('resolvedAt'), children: formatTime(detail.resolvedAt) });
  if (s.dismissReason)
    items.push({ key: 'reason', label: t('dismissReason'), children: dismissReasonLabel(s.dismissReason) });
  if (detail.handlingNote)
    items.push({
      key: 'note',
      label: t('handlingNote'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{detail.handlingNote}</span>,
    });
  return (
    <Descriptions
      bordered
      size="small"
      column={narrow ? 1 : 2}
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      layout={narrow ? 'vertical' : 'horizontal'}
    />
  );
}
