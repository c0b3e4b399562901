import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import { t } from '../locale-rubrics.ts';

/** The rows of veto items or of a section's scored items (with their maximum), editable. */
export function RubricItems({ name, points }: { name: (string | number)[]; points: boolean }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item
                name={[field.name, 'code']}
                rules={[{ required: true, message: t('required') }]}
                style={{ marginBottom: 4 }}
              >
                <Input aria-label={t('code')} placeholder={t('code')} style={{ width: 80 }} maxLength={16} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'label']}
                rules={[{ required: true, message: t('required') }]}
                style={{ marginBottom: 4 }}
              >
                <Input
                  aria-label={t('label')}
                  placeholder={t('label')}
                  style={{ width: 360, maxWidth: '60vw' }}
                  maxLength={120}
                />
              </Form.Item>
              {points ? (
                <Form.Item
                  name={[field.name, 'maxPoints']}
                  rules={[{ required: true, message: t('required') }]}
                  style={{ marginBottom: 4 }}
                >
                  <InputNumber
                    aria-label={t('maxPoints')}
                    placeholder={t('maxPoints')}
                    min={0.5}
                    max={1000}
                    step={0.5}
                    style={{ width: 90 }}
                  />
                </Form.Item>
              ) : null}
              <Button
                aria-label={t('remove')}
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add(points ? { maxPoints: 1 } : {})}
          >
            {t('addItem')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
