import type { EquipmentCategory, EquipmentState } from '@jiandu/contracts/equipment';
import { Tag } from 'antd';
import { categoryLabel, stateLabel } from '../labels.ts';

const STATE_COLOR: Record<EquipmentState, string> = {
  in_use: 'green',
  partly_returned: 'orange',
  returned: 'default',
};
const CATEGORY_COLOR: Record<EquipmentCategory, string> = {
  uniform: 'blue',
  insignia: 'purple',
  equipment: 'cyan',
};

/** Where an issue stands, as a coloured tag. */
export function StateTag({ state }: { state: EquipmentState }) {
  return <Tag color={STATE_COLOR[state]}>{stateLabel(state)}</Tag>;
}

/** The category of an item, as a coloured tag. */
export function CategoryTag({ category }: { category: EquipmentCategory }) {
  return <Tag color={CATEGORY_COLOR[category]}>{categoryLabel(category)}</Tag>;
}
