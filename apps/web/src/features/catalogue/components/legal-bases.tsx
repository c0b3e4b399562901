import { formatLegalBasis, type ItemLegalBasis } from '@jiandu/contracts/catalogue-labels';
import { Typography } from 'antd';

/** An item's legal bases as citations, each with the text of the provision under it. */
export function LegalBases({ bases }: { bases: ItemLegalBasis[] }) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {bases.map((b) => (
        <li key={`${formatLegalBasis(b)}|${b.text ?? ''}`} style={{ marginBottom: 6 }}>
          <Typography.Text strong>{formatLegalBasis(b)}</Typography.Text>
          {b.text ? (
            <Typography.Paragraph
              type="secondary"
              style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', fontSize: 13 }}
              ellipsis={{ rows: 4, expandable: 'collapsible' }}
            >
              {b.text}
            </Typography.Paragraph>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
