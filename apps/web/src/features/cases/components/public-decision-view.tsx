import type { PublicDecision } from '@jiandu/contracts/publicity';
import { Descriptions, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatFine } from '../format.ts';
import { circumstanceLabel, kindLabel, partyTypeLabel, penaltyLabel } from '../labels.ts';
import { t } from '../locale-publicity.ts';

/** Section headings: a penalty states the violation and the penalty, other decisions facts and outcome. */
function headingsOf(decision: PublicDecision) {
  return decision.kind === 'penalty'
    ? { facts: t('facts'), basis: t('penaltyBasis'), content: t('penaltyContent') }
    : { facts: t('factsOther'), basis: t('basisOther'), content: t('contentOther') };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/**
 * A decision laid out as the portal's notice lays it out, from the same masked content, so what is
 * checked here is what the public will read.
 */
export function PublicDecisionView({ decision }: { decision: PublicDecision }) {
  const narrow = Grid.useBreakpoint().sm === false;
  const headings = headingsOf(decision);
  const text = { whiteSpace: 'pre-wrap', marginBottom: 0 } as const;
  return (
    <article
      aria-label={t('noticeHeading', { kind: kindLabel(decision.kind) })}
      data-testid="public-decision"
    >
      <Typography.Text type="secondary">{decision.agencyName}</Typography.Text>
      <Typography.Title level={4} style={{ margin: '4px 0' }}>
        {t('noticeHeading', { kind: kindLabel(decision.kind) })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{decision.documentNumber}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={1}
        layout={narrow ? 'vertical' : 'horizontal'}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'agency', label: t('agency'), children: decision.agencyName },
          { key: 'number', label: t('documentNumber'), children: decision.documentNumber },
          {
            key: 'party',
            label: t('party'),
            children: `${decision.partyName} (${partyTypeLabel(decision.partyType)})`,
          },
          ...(decision.partyType === 'organization' && decision.partyCreditCode
            ? [{ key: 'credit', label: t('creditCode'), children: decision.partyCreditCode }]
            : []),
          { key: 'title', label: t('caseTitle'), children: decision.title },
        ]}
      />
      {decision.facts ? (
        <Section title={headings.facts}>
          <Typography.Paragraph style={text}>{decision.facts}</Typography.Paragraph>
        </Section>
      ) : null}
      {decision.legalBasis ? (
        <Section title={headings.basis}>
          <Typography.Paragraph style={text}>{decision.legalBasis}</Typography.Paragraph>
        </Section>
      ) : null}
      <Section title={headings.content}>
        {decision.penalties.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {decision.penalties.map((p) => (
              <li key={`${p.type}|${p.amount ?? ''}`}>
                {penaltyLabel(p.type)}
                {p.amount === null ? '' : ` ${formatFine(p.amount)}`}
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Paragraph style={text}>{t('notPunished')}</Typography.Paragraph>
        )}
      </Section>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        style={{ marginTop: 16 }}
        items={[
          ...(decision.circumstance
            ? [
                {
                  key: 'circumstance',
                  label: t('circumstance'),
                  children: circumstanceLabel(decision.circumstance),
                },
              ]
            : []),
          { key: 'decided', label: t('decidedOn'), children: decision.decidedOn },
          { key: 'published', label: t('publishedOn'), children: decision.publishedOn },
          { key: 'expires', label: t('portalExpires'), children: decision.expiresOn ?? t('noExpiry') },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
        {t('privacyNote')}
      </Typography.Paragraph>
    </article>
  );
}
