import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { isYuanAmount } from '@jiandu/contracts/case-labels';
import { CIRCUMSTANCES, PENALTY_TYPES } from '@jiandu/contracts/catalogue-labels';
import { Button, Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { circumstanceLabel, penaltyLabel } from '../labels.ts';
import { t } from '../locale-handling.ts';

/** Penalties that come with an amount of money. */
const WITH_AMOUNT = new Set(['fine', 'confiscation']);

/** One penalty row: its type and, for a fine or confiscation, the amount in yuan. */
function PenaltyRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const form = Form.useFormInstance();
  const type = Form.useWatch(['decision', 'penalties', index, 'type'], form) as string | undefined;
  const n = index + 1;
  return (
    <Flex gap={8} align="start" wrap>
      <Form.Item name={[index, 'type']} style={{ flex: '1 1 160px', marginBottom: 8 }}>
        <Select
          aria-label={t('penaltyTypeN', { n })}
          options={PENALTY_TYPES.map((p) => ({ value: p, label: penaltyLabel(p) }))}
        />
      </Form.Item>
      {type && WITH_AMOUNT.has(type) ? (
        <Form.Item
          name={[index, 'amount']}
          rules={[
            { required: type === 'fine', message: t('amountRequired') },
            {
              validator: async (_, value: number | null | undefined) => {
                if (value !== null && value !== undefined && !isYuanAmount(value))
                  throw new Error(t('amountInvalid'));
              },
            },
          ]}
          style={{ flex: '1 1 160px', marginBottom: 8 }}
        >
          <InputNumber
            aria-label={t('amountN', { n })}
            min={0}
            max={1e12}
            step={100}
            suffix={t('yuan')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ) : null}
      <Button
        type="text"
        danger
        icon={<DeleteOutlined aria-hidden />}
        aria-label={t('removePenalty', { n })}
        onClick={onRemove}
      />
    </Flex>
  );
}

/** 作出决定: the penalties, the circumstance tier, the facts with their evidence, and the legal basis. */
export function DecisionFields() {
  const form = Form.useFormInstance();
  const circumstance = Form.useWatch(['decision', 'circumstance'], form);
  return (
    <>
      <Form.List
        name={['decision', 'penalties']}
        rules={[
          {
            validator: async (_, penalties: unknown[] | undefined) => {
              if (circumstance !== 'exempt' && !penalties?.length) throw new Error(t('penaltiesRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('penalties')} required={circumstance !== 'exempt'}>
            {fields.map((field) => (
              <PenaltyRow key={field.key} index={field.name} onRemove={() => remove(field.name)} />
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ type: 'fine' })}>
              {t('addPenalty')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['decision', 'circumstance']}
            label={t('circumstance')}
            rules={[{ required: true, message: t('circumstanceRequired') }]}
          >
            <Select options={CIRCUMSTANCES.map((c) => ({ value: c, label: circumstanceLabel(c) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={['decision', 'facts']}
        label={t('facts')}
        extra={t('factsHint')}
        rules={[{ required: true, whitespace: true, min: 10, message: t('factsRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item
        name={['decision', 'legalBasis']}
        label={t('legalBasis')}
        rules={[{ required: true, whitespace: true, min: 4, message: t('basisRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </>
  );
}
