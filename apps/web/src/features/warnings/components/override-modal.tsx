import type { EnforcementField } from '@jiandu/contracts/fields';
import { RuleParameterInputSchema, type WarningRule } from '@jiandu/contracts/warnings';
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { parameterLabel, parameterUnit, ruleLabel } from '../../../components/warnings/labels.ts';
import { shanghaiToday } from '../../../lib/dates.ts';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useSetRuleParameter } from '../api/use-set-rule-parameter.ts';
import { t as tb } from '../locale-backtest.ts';
import { t } from '../locale-rules.ts';
import { BacktestResult, BacktestRunning } from './backtest-result.tsx';
import { RegionSelect } from './region-select.tsx';
import { useTryFirst } from './use-try-first.ts';

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
 * 先回测 tries the value being entered over the stored cases before it is saved.
 */
export function OverrideModal({ rule, onClose }: { rule: WarningRule; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSetRuleParameter(rule.code);
  const [error, setError] = useState<string | null>(null);
  const key = Form.useWatch('key', form) ?? rule.parameters[0]?.key;
  const mode = Form.useWatch('mode', form) ?? 'set';
  const field = Form.useWatch('field', form);
  const parameter = rule.parameters.find((p) => p.key === key);
  const whole = parameter ? !['yuan', 'score'].includes(parameter.unit) : true;
  const tryFirst = useTryFirst(rule, form, setError);
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
      width={tryFirst.trial ? 760 : 560}
      intro={<Alert type="info" showIcon title={t('overrideHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: Partial<Values>) => {
          if ('key' in changed || 'value' in changed || 'regionCode' in changed || 'mode' in changed)
            tryFirst.clear();
        }}
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
          // The value's errors show under the whole row, so a long one does not push 先回测 aside.
          <Form.Item
            label={`${t('value')} (${t('defaultValue')} ${parameter.default})`}
            htmlFor="value"
            required
          >
            <Flex gap={8}>
              <Form.Item
                noStyle
                name="value"
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
              <Button loading={tryFirst.running} onClick={tryFirst.run}>
                {tb('tryFirst')}
              </Button>
            </Flex>
          </Form.Item>
        ) : null}
        {mode === 'set' && tryFirst.running ? <BacktestRunning /> : null}
        {mode === 'set' && tryFirst.trial ? (
          <div style={{ marginBottom: 16 }}>
            {field ? (
              <Alert type="warning" showIcon title={tb('fieldIgnored')} style={{ marginBottom: 12 }} />
            ) : null}
            <BacktestResult rule={rule} result={tryFirst.trial} />
          </div>
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
