import {
  EQUIPMENT_CATEGORY_LABELS,
  EQUIPMENT_STATE_LABELS,
  type EquipmentCategory,
  type EquipmentState,
} from '@jiandu/contracts/equipment';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the contract's codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const CATEGORY_EN: Record<EquipmentCategory, string> = {
  uniform: 'Uniforms',
  insignia: 'Insignia',
  equipment: 'Enforcement equipment',
};
const STATE_EN: Record<EquipmentState, string> = {
  in_use: 'In use',
  partly_returned: 'Partly returned',
  returned: 'Returned',
};

export const categoryLabel = (c: EquipmentCategory) => (en ? CATEGORY_EN : EQUIPMENT_CATEGORY_LABELS)[c];
export const stateLabel = (s: EquipmentState) => (en ? STATE_EN : EQUIPMENT_STATE_LABELS)[s];

/** Options of a code list, labelled in the current language. */
export function optionsOf<T extends string>(codes: readonly T[], label: (code: T) => string) {
  return codes.map((value) => ({ value, label: label(value) }));
}
