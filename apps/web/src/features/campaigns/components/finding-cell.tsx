import type { CampaignFinding } from '@jiandu/contracts/campaigns';
import { Button, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { resultLabel } from '../labels.ts';
import { t } from '../locale.ts';

/** One agency's result on one item: the result, the note, and for a problem its matter or the way to one. */
export function FindingCell({
  finding,
  onMatter,
}: {
  finding: CampaignFinding | undefined;
  onMatter?: () => void;
}) {
  if (!finding) return <Typography.Text type="secondary">{t('notChecked')}</Typography.Text>;
  const problem = finding.result === 'problem';
  return (
    <Flex vertical gap={4} align="flex-start">
      <Tag color={problem ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
        {resultLabel(finding.result)}
      </Tag>
      {finding.note ? (
        <Typography.Text style={{ fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {finding.note}
        </Typography.Text>
      ) : null}
      {problem && finding.matterId ? (
        <Link
          to={`/matters/${encodeURIComponent(finding.matterId)}`}
          aria-label={t('matterLink', { number: finding.matterNumber ?? '' })}
        >
          {finding.matterNumber}
        </Link>
      ) : null}
      {problem && !finding.matterId && onMatter ? (
        <Button size="small" danger onClick={onMatter}>
          {t('toMatter')}
        </Button>
      ) : null}
    </Flex>
  );
}
