import { FINE_BASES } from '@jiandu/contracts/catalogue-labels';
import { Checkbox, Col, Form, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { FineMode } from '../benchmark-form.ts';
import { fineBaseLabel } from '../labels.ts';
import { t } from '../locale-editor.ts';

interface Props {
  /** The tier's index in the form's `content.tiers` list. */
  tier: number;
}

const TIMES = { min: 0, max: 1000, style: { width: '100%' } } as const;

/** Money in yuan: never negative, at most two decimals. */
function Yuan({ label, path }: { label: string; path: (string | number)[] }) {
  return (
    <Form.Item name={path} label={label} rules={[{ required: true, message: t('amountRequired') }]}>
      <InputNumber min={0} max={1e12} step={100} suffix={t('yuan')} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/**
 * A tier's fine: none, an absolute range in yuan, or a range of multiples of the illegal gains or
 * goods value — with the absolute range the law sets when that value is absent or below a threshold.
 */
export function FineRuleFields({ tier }: Props) {
  const form = Form.useFormInstance();
  const base = ['content', 'tiers', tier, 'fine'];
  const mode: FineMode | undefined = Form.useWatch([...base, 'mode'], form);
  const hasFallback: boolean | undefined = Form.useWatch([...base, 'hasFallback'], form);
  const of = Form.useWatch([...base, 'of'], form);
  const rel = (...path: string[]) => [tier, 'fine', ...path];
  return (
    <>
      <Form.Item name={rel('mode')} label={t('fine')} style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'none', label: t('fineNone') },
            { value: 'absolute', label: t('fineAbsolute') },
            { value: 'multiple', label: t('fineMultiple') },
          ]}
        />
      </Form.Item>
      {mode === 'absolute' ? (
        <Row gutter={8}>
          <Col xs={12} md={8}>
            <Yuan label={t('fineMin')} path={rel('min')} />
          </Col>
          <Col xs={12} md={8}>
            <Yuan label={t('fineMax')} path={rel('max')} />
          </Col>
        </Row>
      ) : null}
      {mode === 'multiple' ? (
        <>
          <Row gutter={8}>
            <Col xs={24} md={8}>
              <Form.Item
                name={rel('of')}
                label={t('fineBase')}
                rules={[{ required: true, message: t('baseRequired') }]}
              >
                <Select options={FINE_BASES.map((b) => ({ value: b, label: fineBaseLabel(b) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name={rel('minTimes')}
                label={t('minTimes')}
                rules={[{ required: true, message: t('timesRequired') }]}
              >
                <InputNumber {...TIMES} suffix={t('times')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name={rel('maxTimes')}
                label={t('maxTimes')}
                rules={[{ required: true, message: t('timesRequired') }]}
              >
                <InputNumber {...TIMES} suffix={t('times')} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name={rel('hasFallback')} valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t('fallbackToggle', { base: of ? fineBaseLabel(of) : t('theBase') })}</Checkbox>
          </Form.Item>
          {hasFallback ? (
            <>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
                {t('fallbackHint')}
              </Typography.Paragraph>
              <Row gutter={8}>
                <Col xs={24} md={8}>
                  <Yuan label={t('fallbackBelow')} path={rel('fallback', 'below')} />
                </Col>
                <Col xs={12} md={8}>
                  <Yuan label={t('fineMin')} path={rel('fallback', 'min')} />
                </Col>
                <Col xs={12} md={8}>
                  <Yuan label={t('fineMax')} path={rel('fallback', 'max')} />
                </Col>
              </Row>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
