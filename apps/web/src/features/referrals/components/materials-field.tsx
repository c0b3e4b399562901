import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { REFERRAL_MATERIAL_KINDS } from '@jiandu/contracts/referral-labels';
import { ReferralMaterialSchema } from '@jiandu/contracts/referrals';
import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { schemaRule } from '../../../lib/form-errors.ts';
import { materialLabel } from '../labels.ts';
import { t } from '../locale-form.ts';
import { MaterialFile } from './material-file.tsx';

/**
 * 随附材料: one row a material (kind, title, copies, pages) and, once the draft exists, its file.
 * On a phone each row stacks.
 */
export function MaterialsField({
  uploadUrl,
  onBusyChange,
}: {
  /** Null until the draft is saved: files go to the referral's own attachments. */
  uploadUrl: string | null;
  onBusyChange: (busy: boolean) => void;
}) {
  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <div>
          {fields.map((field, index) => (
            <div
              key={field.key}
              style={{
                border: '1px solid #f0f0f0',
                borderRadius: 6,
                padding: '12px 12px 0',
                marginBottom: 8,
              }}
            >
              <Row gutter={12} align="top">
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('materialKind')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      options={REFERRAL_MATERIAL_KINDS.map((k) => ({ value: k, label: materialLabel(k) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[field.name, 'title']}
                    label={t('materialTitle')}
                    rules={[
                      { required: true, whitespace: true, message: t('materialTitleRequired') },
                      schemaRule(ReferralMaterialSchema.shape.title),
                    ]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={3}>
                  <Form.Item name={[field.name, 'copies']} label={t('copies')}>
                    <InputNumber min={1} max={999} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={3}>
                  <Form.Item name={[field.name, 'pages']} label={t('pages')}>
                    <InputNumber min={1} max={99999} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t('removeMaterial')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
              {uploadUrl ? (
                <Form.Item name={[field.name, 'attachment']} label={t('file')}>
                  <MaterialFile uploadUrl={uploadUrl} onBusyChange={onBusyChange} />
                </Form.Item>
              ) : null}
            </div>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ kind: 'other', title: '', copies: 1, pages: null, attachment: null })}
          >
            {t('addMaterial')}
          </Button>
          {uploadUrl ? null : (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 0' }}>
              {t('uploadAfterSave')}
            </Typography.Paragraph>
          )}
        </div>
      )}
    </Form.List>
  );
}
