import type { JobOutcome } from '@jiandu/contracts/jobs';
import { Tag } from 'antd';
import { t } from '../locale.ts';

const COLOR: Record<JobOutcome, string> = {
  running: 'processing',
  succeeded: 'green',
  failed: 'red',
  abandoned: 'orange',
};

/** How a run ended, coloured. */
export function OutcomeTag({ outcome }: { outcome: JobOutcome }) {
  return <Tag color={COLOR[outcome]}>{t(outcome)}</Tag>;
}
