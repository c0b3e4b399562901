import { MinusCircleOutlined } from '@ant-design/icons';
import { CIRCUMSTANCES, TIER_PENALTY_TYPES } from '@jiandu/contracts/catalogue-labels';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { circumstanceLabel, penaltyLabel } from '../labels.ts';
import { t } from '../locale-editor.ts';
import { FineRuleFields } from './fine-rule-fields.tsx';

interface Props {
  /** The tier's index in the form's `content.tiers` list. */
  tier: number;
  index: number;
  onRemove: (() => void) | null;
}

/** One discretion tier: its circumstance, when it applies, and the penalties and fine it allows. */
export function TierFields({ tier, index, onRemove }: Props) {
  const form = Form.useFormInstance();
  const circumstance = Form.useWatch(['content', 'tiers', tier, 'circumstance'], form);
  const exempt = circumstance === 'exempt';
  return (
    <Card
      size="small"
      title={t('tierN', { n: index + 1 })}
      style={{ marginBottom: 12 }}
      extra={
        onRemove ? (
          <Button
            type="text"
            size="small"
            danger
            aria-label={t('removeTier', { n: index + 1 })}
            icon={<MinusCircleOutlined aria-hidden />}
            onClick={onRemove}
          />
        ) : null
      }
    >
      <Row gutter={8}>
        <Col xs={24} md={8}>
          <Form.Item
            name={[tier, 'circumstance']}
            label={t('circumstance')}
            rules={[{ required: true, message: t('circumstanceRequired') }]}
          >
            <Select options={CIRCUMSTANCES.map((c) => ({ value: c, label: circumstanceLabel(c) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name={[tier, 'penalties']}
            label={t('penalties')}
            extra={exempt ? t('exemptHint') : t('penaltiesHint')}
          >
            <Select
              mode="multiple"
              disabled={exempt}
              options={TIER_PENALTY_TYPES.map((p) => ({ value: p, label: penaltyLabel(p) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={[tier, 'conditions']}
        label={t('conditions')}
        rules={[{ required: true, whitespace: true, message: t('conditionsRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} placeholder={t('conditionsPlaceholder')} />
      </Form.Item>
      {exempt ? null : <FineRuleFields tier={tier} />}
    </Card>
  );
}
