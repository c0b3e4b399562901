import type { CaseDetail } from '@jiandu/contracts/cases';
import { Descriptions, type DescriptionsProps, Grid, Typography } from 'antd';
import { specDay } from '../format.ts';
import { kindLabel, partyTypeLabel, procedureLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { DecisionView } from './decision-view.tsx';

type Party = NonNullable<CaseDetail['record']['party']>;

/** The party as served: a person's name and ID number arrive masked unless the user may read them. */
function PartyView({ party }: { party: Party | undefined }) {
  if (!party) return <Typography.Text type="secondary">{t('noParty')}</Typography.Text>;
  const code = party.type === 'person' ? party.idNumber : party.creditCode;
  return (
    <span>
      {party.name}
      <Typography.Text type="secondary"> ({partyTypeLabel(party.type)})</Typography.Text>
      {code ? (
        <>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {party.type === 'person' ? t('idNumber') : t('creditCode')}: {code}
          </Typography.Text>
        </>
      ) : null}
    </span>
  );
}

/** What the case is about: agency, item, kind, procedure, party, dates, officers and the decision. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { summary: s, record: r } = detail;
  // On a phone the label column would squeeze the values; labels go above instead.
  const narrow = Grid.useBreakpoint().sm === false;
  const items: DescriptionsProps['items'] = [
    { key: 'agency', label: t('agency'), children: s.agency.name },
    {
      key: 'item',
      label: t('itemCode'),
      children: <span style={{ fontFamily: 'monospace' }}>{r.itemCode}</span>,
    },
    { key: 'kind', label: t('kind'), children: kindLabel(r.kind) },
    { key: 'procedure', label: t('procedure'), children: r.procedure ? procedureLabel(r.procedure) : '—' },
    { key: 'party', label: t('party'), children: <PartyView party={r.party} /> },
    { key: 'ended', label: t('violationEndedAt'), children: specDay(r.violationEndedAt) },
    { key: 'filed', label: t('filedOn'), children: s.filedOn ?? '—' },
    { key: 'decided', label: t('decidedOn'), children: s.decidedOn ?? '—' },
    {
      key: 'officers',
      label: t('officers'),
      span: 'filled',
      children: <span style={{ fontFamily: 'monospace' }}>{r.officers.join('、')}</span>,
    },
    {
      key: 'decision',
      label: t('decision'),
      span: 'filled',
      children: <DecisionView decision={r.decision} />,
    },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      layout={narrow ? 'vertical' : 'horizontal'}
    />
  );
}
