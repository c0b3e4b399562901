import type { DeadlineState } from '@jiandu/contracts/cases';
import { Tag } from 'antd';
import { DEADLINE_STATE_COLOURS, deadlineStateLabel } from '../labels.ts';

/** Where a deadline stands today (未到期, 按期完成, 逾期完成, 已逾期) as a coloured tag. */
export function DeadlineStateTag({ state }: { state: DeadlineState }) {
  return (
    <Tag color={DEADLINE_STATE_COLOURS[state]} data-state={state} style={{ marginInlineEnd: 0 }}>
      {deadlineStateLabel(state)}
    </Tag>
  );
}
