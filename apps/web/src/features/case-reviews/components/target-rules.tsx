import { SAMPLING_MODES, type SamplingMode } from '@jiandu/contracts/case-review-labels';
import { Button, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { modeLabel } from '../labels.ts';
import { t } from '../locale.ts';
import type { PickedAgency } from './agency-picker.tsx';

/** A sampling rule: a number of files or a share in per cent. */
export interface Rule {
  mode: SamplingMode;
  value: number;
}

interface Props {
  agencies: PickedAgency[];
  rules: Record<string, Rule>;
  fallback: Rule;
  onChange: (rules: Record<string, Rule>) => void;
}

/** Each chosen agency with its own rule (the common rule unless changed here). */
export function TargetRules({ agencies, rules, fallback, onChange }: Props) {
  const ruleOf = (id: string) => rules[id] ?? fallback;
  const set = (id: string, patch: Partial<Rule>) => onChange({ ...rules, [id]: { ...ruleOf(id), ...patch } });
  const columns: TableColumnsType<PickedAgency> = [
    { title: t('agency'), dataIndex: 'label' },
    {
      title: t('mode'),
      key: 'mode',
      render: (_, a) => (
        <Select<SamplingMode>
          aria-label={`${a.label} ${t('mode')}`}
          value={ruleOf(a.value).mode}
          onChange={(mode) => set(a.value, { mode })}
          options={SAMPLING_MODES.map((m) => ({ value: m, label: modeLabel(m) }))}
          style={{ width: 130 }}
        />
      ),
    },
    {
      title: t('value'),
      key: 'value',
      render: (_, a) => (
        <InputNumber
          aria-label={`${a.label} ${t('value')}`}
          min={1}
          max={ruleOf(a.value).mode === 'share' ? 100 : 500}
          precision={0}
          value={ruleOf(a.value).value}
          onChange={(value) => value && set(a.value, { value })}
        />
      ),
    },
  ];
  return (
    <>
      <Button size="small" style={{ marginBottom: 8 }} onClick={() => onChange({})}>
        {t('applyRule')}
      </Button>
      <Table<PickedAgency>
        rowKey="value"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={agencies}
        columns={columns}
      />
    </>
  );
}
