import type { EnforcementField } from '@jiandu/contracts/fields';
import { RuleParameterInputSchema, type WarningRule } from '@jiandu/contracts/warnings';
import { Alert, App, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { parameterLabel, parameterUnit, ruleLabel } from '../../../components/warnings/labels.ts';
import { shanghaiToday } from '../../../lib/dates.ts';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useSetRuleParameter } from '../api/use-set-rule-parameter.ts';
import { t } from '../locale-rules.ts';
import { RegionSelect } from './region-select.tsx';

interface Values {
  key: string;
  regionCode?: string;
  field?: EnforcementField;
  mode: 'set' | 'withdraw';
  value?: number | null;
  effectiveFrom?: Dayjs;
  reason?: string;
}

const FIELDS = ['key', 'regionCode', 'field', 'value', 'effectiveFrom', 'reason'] as const;

/**
 * 设置参数: a value for one of the rule's parameters in a region and enforcement field from a day on,
 * or the withdrawal of such a setting, always with the reason; checked here as the server checks it.
 */
export function OverrideModal({ rule, onClose }: { rule: WarningRule; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSetRuleParameter(rule.code);
  const [error, setError] = useState<string | null>(null);
  const key = Form.useWatch('key', form) ?? rule.parameters[0]?.key;
  const mode = Form.useWatch('mode', form) ?? 'set';
  const parameter = rule.parameters.find((p) => p.key === key);
  const whole = parameter ? !['yuan', 'score'].includes(parameter.unit) : true;
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        key: values.key,
        regionCode: values.regionCode ?? null,
        field: values.field ?? null,
        value: values.mode === 'withdraw' ? null : (values.value ?? null),
        effectiveFrom: values.effectiveFrom!.format('YYYY-MM-DD'),
        reason: values.reason?.trim() ?? '',
      });
      message.success(t('saved'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('overrideTitle', { rule: ruleLabel(rule.code, rule.name) })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={save.isPending}
      onClose={onClose}
      width={560}
      intro={<Alert type="info" showIcon title={t('overrideHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ key: rule.parameters[0]?.key, mode: 'set', effectiveFrom: shanghaiToday() }}
      >
        <Form.Item
          name="key"
          label={t('parameter')}
          rules={[{ required: true, message: t('parameterRequired') }]}
        >
          <Select
            options={rule.parameters.map((p) => ({ value: p.key, label: parameterLabel(rule.code, p.key) }))}
            onChange={() => form.setFieldValue('value', null)}
          />
        </Form.Item>
        <Form.Item name="regionCode" label={t('region')}>
          <RegionSelect placeholder={t('regionPlaceholder')} />
        </Form.Item>
        <Form.Item name="field" label={t('field')}>
          <Select
            allowClear
            placeholder={t('fieldPlaceholder')}
            options={FIELD_OPTIONS}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="mode" label={t('mode')}>
          <Radio.Group
            options={[
              { value: 'set', label: t('modeSet') },
              { value: 'withdraw', label: t('modeWithdraw') },
            ]}
          />
        </Form.Item>
        {mode === 'set' && parameter ? (
          <Form.Item
            name="value"
            label={`${t('value')} (${t('defaultValue')} ${parameter.default})`}
            rules={[
              { required: true, message: t('valueRequired') },
              {
                validator: async (_, value: number | null | undefined) => {
                  if (value === null || value === undefined) return;
                  if (whole && !Number.isInteger(value)) throw new Error(t('valueWhole'));
                  if (value < parameter.min || value > parameter.max)
                    throw new Error(t('valueRange', { min: parameter.min, max: parameter.max }));
                },
              },
            ]}
          >
            <InputNumber
              style={{ width: 220 }}
              precision={whole ? 0 : 2}
              suffix={parameterUnit(rule.code, parameter.key) || undefined}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="effectiveFrom"
          label={t('effectiveFrom')}
          rules={[{ required: true, message: t('effectiveRequired') }]}
        >
          <DatePicker style={{ width: 220 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            schemaRule(RuleParameterInputSchema.shape.reason),
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
