import type { CaseRefusal } from '@jiandu/contracts/case-handling';
import { Typography } from 'antd';
import { t } from '../locale-handling.ts';

/** Each rule the platform applied: what is wrong, then its legal basis. */
export function RefusalList({ refusals }: { refusals: CaseRefusal[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="case-refusals">
      {refusals.map((r) => (
        <li key={`${r.rule}|${r.message}`} data-rule={r.rule}>
          {r.message}
          <br />
          <Typography.Text type="secondary">
            {t('basis')}: {r.basis}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
