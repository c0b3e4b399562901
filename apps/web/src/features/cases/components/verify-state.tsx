import type { CaseEvidenceView } from '@jiandu/contracts/cases';
import { Space, Tag, Typography } from 'antd';
import { formatTime } from '../format.ts';
import { t } from '../locale-handling.ts';

const STATES = {
  ok: { colour: 'success', label: () => t('stateOk') },
  mismatch: { colour: 'error', label: () => t('stateMismatch') },
  missing: { colour: 'error', label: () => t('stateMissing') },
} as const;

/** How the last hash check of a stored file went, and when; a file never checked says so. */
export function VerifyState({ evidence }: { evidence: CaseEvidenceView }) {
  if (!evidence.verifyStatus) return <Typography.Text type="secondary">{t('neverVerified')}</Typography.Text>;
  const state = STATES[evidence.verifyStatus];
  return (
    <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
      <Tag color={state.colour} data-verify={evidence.verifyStatus} style={{ marginInlineEnd: 0 }}>
        {state.label()}
      </Tag>
      {evidence.lastVerifiedAt ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('verifiedAt', { time: formatTime(evidence.lastVerifiedAt) })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
