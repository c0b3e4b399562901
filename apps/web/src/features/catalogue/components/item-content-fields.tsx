import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ITEM_KINDS } from '@jiandu/contracts/catalogue-labels';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { emptyBasis } from '../item-form.ts';
import { kindLabel } from '../labels.ts';
import { t } from '../locale-editor.ts';

/** The fields of an item's content under `content`: name, kind, legal bases, post, fields and note. */
export function ItemContentFields() {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            name={['content', 'name']}
            label={t('name')}
            rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['content', 'kind']} label={t('kind')} rules={[{ required: true }]}>
            <Select options={ITEM_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('legalBases')} required>
        <Form.List name={['content', 'legalBases']}>
          {(items, { add, remove }, { errors }) => (
            <>
              {items.map(({ key, name }, index) => (
                <Card
                  key={key}
                  size="small"
                  title={t('basisN', { n: index + 1 })}
                  style={{ marginBottom: 8 }}
                  extra={
                    <Button
                      type="text"
                      size="small"
                      aria-label={t('removeBasis', { n: index + 1 })}
                      icon={<MinusCircleOutlined aria-hidden />}
                      disabled={items.length === 1}
                      onClick={() => remove(name)}
                    />
                  }
                >
                  <Row gutter={8}>
                    <Col xs={24} md={12}>
                      <Form.Item
                        name={[name, 'law']}
                        label={t('law')}
                        rules={[{ required: true, whitespace: true, message: t('lawRequired') }]}
                        style={{ marginBottom: 8 }}
                      >
                        <Input placeholder={t('lawPlaceholder')} maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[name, 'article']} label={t('article')} style={{ marginBottom: 8 }}>
                        <Input placeholder={t('articlePlaceholder')} maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[name, 'clause']} label={t('clause')} style={{ marginBottom: 8 }}>
                        <Input placeholder={t('clausePlaceholder')} maxLength={40} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item name={[name, 'text']} label={t('basisText')} style={{ marginBottom: 0 }}>
                    <Input.TextArea rows={2} maxLength={2000} placeholder={t('basisTextPlaceholder')} />
                  </Form.Item>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                disabled={items.length >= 20}
                onClick={() => add(emptyBasis())}
              >
                {t('addBasis')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name={['content', 'post']}
            label={t('post')}
            extra={t('postHint')}
            rules={[{ required: true, whitespace: true, message: t('postRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name={['content', 'fields']}
            label={t('fields')}
            rules={[{ required: true, type: 'array', min: 1, message: t('fieldsRequired') }]}
          >
            <Select mode="multiple" options={FIELD_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['content', 'note']} label={t('note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}
