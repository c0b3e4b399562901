import type { RuleBacktestResult, WarningRule } from '@jiandu/contracts/warnings';
import { Alert, Form, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import {
  parameterLabel,
  parameterUnit,
  parameterValue,
  ruleLabel,
} from '../../../components/warnings/labels.ts';
import { problemText } from '../../../lib/problem.ts';
import { useBacktestRule } from '../api/use-backtest-rule.ts';
import { useValuesInForce } from '../api/use-values-in-force.ts';
import { t } from '../locale-backtest.ts';
import { showBacktestProblems } from './backtest-problems.ts';
import { BacktestResult, BacktestRunning } from './backtest-result.tsx';
import { RegionSelect } from './region-select.tsx';

type Parameter = WarningRule['parameters'][number];

interface Values {
  regionCode?: string;
  parameters: Record<string, number | null | undefined>;
}

/** Yuan and scores may have decimals; days, months, years and counts are whole. */
function isWhole(p: Pick<Parameter, 'unit'>): boolean {
  return !['yuan', 'score'].includes(p.unit);
}

/** The form rule of a proposed value: whole where the unit is, and inside the allowed range. */
function proposalRule(p: Parameter) {
  return {
    validator: async (_: unknown, value: number | null | undefined) => {
      if (value === null || value === undefined) return;
      if (isWhole(p) && !Number.isInteger(value)) throw new Error(t('valueWhole'));
      if (value < p.min || value > p.max) throw new Error(t('valueRange', { min: p.min, max: p.max }));
    },
  };
}

/**
 * 回测: proposed values for a rule's parameters, prefilled with those in force today for the chosen
 * region, tried over the stored cases; shows what would change. Only changed values are sent, so
 * subregions with settings of their own keep them for the parameters left alone.
 */
export function BacktestModal({ rule, onClose }: { rule: WarningRule; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const regionCode = Form.useWatch('regionCode', form);
  const inForce = useValuesInForce(rule, regionCode);
  const run = useBacktestRule(rule.code);
  const [result, setResult] = useState<RuleBacktestResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Values the user has not touched follow the region chosen.
  useEffect(() => {
    if (!inForce.data) return;
    for (const p of rule.parameters)
      if (!form.isFieldTouched(['parameters', p.key]))
        form.setFieldValue(['parameters', p.key], inForce.data[p.key] ?? p.default);
  }, [inForce.data, rule.parameters, form]);

  const onFinish = async (values: Values) => {
    setError(null);
    setResult(null);
    const now = inForce.data ?? {};
    const changed = Object.fromEntries(
      Object.entries(values.parameters ?? {}).filter(
        (entry): entry is [string, number] =>
          typeof entry[1] === 'number' && entry[1] !== (now[entry[0]] ?? null),
      ),
    );
    if (Object.keys(changed).length === 0) {
      setError(t('nothingChanged'));
      return;
    }
    try {
      setResult(
        await run.mutateAsync({
          parameters: changed,
          ...(values.regionCode ? { regionCode: values.regionCode } : {}),
        }),
      );
    } catch (e) {
      const keys = new Set(rule.parameters.map((p) => p.key));
      const placed = showBacktestProblems(form, e, (name) =>
        (name[0] === 'parameters' && keys.has(String(name[1]))) || name[0] === 'regionCode' ? name : null,
      );
      if (!placed) setError(problemText(e));
    }
  };

  const extra = (p: Parameter) => {
    const now = inForce.data?.[p.key];
    return [
      now === undefined ? null : t('inForce', { value: parameterValue(rule.code, p.key, now) }),
      t('defaultValue', { value: parameterValue(rule.code, p.key, p.default) }),
      t('range', { min: p.min.toLocaleString('zh-CN'), max: parameterValue(rule.code, p.key, p.max) }),
    ]
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <FormModal
      form={form}
      error={error ?? (inForce.error ? problemText(inForce.error) : null)}
      title={t('title', { rule: ruleLabel(rule.code, rule.name) })}
      okText={t('run')}
      cancelText={t('close')}
      confirmLoading={run.isPending}
      okButtonProps={{ disabled: inForce.isLoading }}
      onClose={onClose}
      width={780}
      intro={<Alert type="info" showIcon title={t('hint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setResult(null)}
        initialValues={{ parameters: {} }}
      >
        <Form.Item name="regionCode" label={t('region')}>
          <RegionSelect placeholder={t('regionPlaceholder')} style={{ width: 320 }} />
        </Form.Item>
        {rule.parameters.map((p) => (
          <Form.Item
            key={p.key}
            name={['parameters', p.key]}
            label={parameterLabel(rule.code, p.key)}
            extra={inForce.isLoading ? t('inForceLoading') : extra(p)}
            rules={[proposalRule(p)]}
          >
            <InputNumber
              style={{ width: 220 }}
              precision={isWhole(p) ? 0 : 2}
              suffix={parameterUnit(rule.code, p.key) || undefined}
            />
          </Form.Item>
        ))}
      </Form>
      {run.isPending ? <BacktestRunning /> : null}
      {result ? <BacktestResult rule={rule} result={result} /> : null}
    </FormModal>
  );
}
