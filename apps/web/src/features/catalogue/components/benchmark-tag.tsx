import { Tag } from 'antd';
import { type BenchmarkState, STATUS_COLOURS, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

/** Where an item's discretion benchmark stands: none yet, or its newest version's status. */
export function BenchmarkTag({ state }: { state: BenchmarkState }) {
  return (
    <Tag color={STATUS_COLOURS[state]} style={{ marginInlineEnd: 0 }}>
      {state === 'none' ? t('noBenchmarkShort') : statusLabel(state)}
    </Tag>
  );
}
