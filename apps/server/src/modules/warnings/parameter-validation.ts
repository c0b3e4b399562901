import {
  PARAMETER_UNIT_LABELS,
  type ParameterDefinition,
  type RuleDefinition,
} from '@jiandu/contracts/warning-rules';
import type { FieldError } from '../../platform/errors.ts';

/** Units counted in whole numbers; scores may be fractional and amounts may have fen. */
const DECIMALS: Record<ParameterDefinition['unit'], number> = {
  calendar_days: 0,
  working_days: 0,
  years: 0,
  months: 0,
  count: 0,
  yuan: 2,
  score: 2,
};

function places(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

/**
 * What is wrong with a new parameter value of a rule, in Chinese, field by field; empty when it may
 * be stored. A null value withdraws a setting and needs no range check.
 */
export function parameterProblems(rule: RuleDefinition, key: string, value: number | null): FieldError[] {
  const definition = rule.parameters.find((p) => p.key === key);
  if (!definition) {
    const known = rule.parameters.map((p) => `${p.key} (${p.label})`).join('、');
    return [
      {
        path: 'key',
        message: known
          ? `规则「${rule.name}」没有参数 ${key}; 可设置的参数: ${known}`
          : `规则「${rule.name}」没有可调整的参数`,
      },
    ];
  }
  if (value === null) return [];
  const unit = PARAMETER_UNIT_LABELS[definition.unit];
  if (!Number.isFinite(value)) return [{ path: 'value', message: `「${definition.label}」应为数字` }];
  const decimals = DECIMALS[definition.unit];
  if (places(value) > decimals)
    return [
      {
        path: 'value',
        message: decimals
          ? `「${definition.label}」最多保留${decimals}位小数`
          : `「${definition.label}」应为整数${unit ? ` (${unit})` : ''}`,
      },
    ];
  if (value < definition.min || value > definition.max)
    return [
      {
        path: 'value',
        message: `「${definition.label}」应在 ${definition.min} 至 ${definition.max}${unit} 之间, 收到 ${value}`,
      },
    ];
  return [];
}
