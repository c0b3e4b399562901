import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { LIST_KINDS } from '@jiandu/contracts/catalogue-labels';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { listKindLabel } from '../labels.ts';
import { t } from '../locale-editor.ts';

/** The benchmark's 首违不罚 and 不予处罚 list: each behaviour and when it is not punished. */
export function ListEntryFields() {
  return (
    <Form.List name={['content', 'lists']}>
      {(items, { add, remove }, { errors }) => (
        <>
          {items.map(({ key, name }, index) => (
            <Card
              key={key}
              size="small"
              title={t('entryN', { n: index + 1 })}
              style={{ marginBottom: 8 }}
              extra={
                <Button
                  type="text"
                  size="small"
                  danger
                  aria-label={t('removeEntry', { n: index + 1 })}
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(name)}
                />
              }
            >
              <Row gutter={8}>
                <Col xs={24} md={6}>
                  <Form.Item name={[name, 'list']} label={t('listKind')} rules={[{ required: true }]}>
                    <Select options={LIST_KINDS.map((l) => ({ value: l, label: listKindLabel(l) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={18}>
                  <Form.Item
                    name={[name, 'behaviour']}
                    label={t('behaviour')}
                    rules={[{ required: true, whitespace: true, min: 2, message: t('behaviourRequired') }]}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name={[name, 'conditions']} label={t('listConditions')} style={{ marginBottom: 0 }}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            disabled={items.length >= 50}
            onClick={() => add({ list: 'firstOffenceExempt', behaviour: '', conditions: '' })}
          >
            {t('addEntry')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
