import type { MatterDetail } from '@jiandu/contracts/matters';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { ruleLabel } from '../../../components/warnings/labels.ts';
import { t } from '../locale-matter.ts';

/** 关联案件与预警: the cases (each opening its page) and warnings the matter is about. */
export function MatterLinks({ matter: m }: { matter: MatterDetail }) {
  return (
    <Card size="small" title={t('links')}>
      {m.cases.length === 0 && m.warnings.length === 0 ? (
        <Typography.Text type="secondary">{t('noLinks')}</Typography.Text>
      ) : null}
      {m.cases.length ? (
        <section>
          <Typography.Text strong>{t('linkedCases')}</Typography.Text>
          <ul style={{ paddingInlineStart: 18, margin: '4px 0 8px' }} data-testid="matter-cases">
            {m.cases.map((c) => (
              <li key={c.id} style={{ wordBreak: 'break-word' }}>
                <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.externalId}</Link>
                {c.title ? <div>{c.title}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {m.warnings.length ? (
        <section>
          <Typography.Text strong>{t('linkedWarnings')}</Typography.Text>
          <ul style={{ paddingInlineStart: 18, margin: '4px 0 0' }}>
            {m.warnings.map((w) => (
              <li key={w.id} style={{ wordBreak: 'break-word' }}>
                <Flex wrap gap={6} align="baseline">
                  <Link to={`/warnings?warning=${encodeURIComponent(w.id)}`}>{ruleLabel(w.ruleCode)}</Link>
                </Flex>
                <div>{w.message}</div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Card>
  );
}
