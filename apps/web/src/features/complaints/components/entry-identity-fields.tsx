import { ComplainantSchema } from '@jiandu/contracts/complaints';
import { Checkbox, Col, Form, Grid, Input, Radio, Row } from 'antd';
import { schemaRule } from '../../../lib/form-errors.ts';
import { t } from '../locale-entry.ts';

const shape = ComplainantSchema.shape;

/**
 * Who complains: named (name and phone required, ID number optional, each checked as the server
 * checks it) or anonymous, in which case nothing about the person is asked or kept.
 */
export function EntryIdentityFields() {
  const anonymous = Form.useWatch('anonymous') === true;
  // Beside the identity choice on a wide screen (an empty label keeps it level), under it on a phone.
  const beside = Grid.useBreakpoint().md === true;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="anonymous"
            label={t('identity')}
            extra={anonymous ? t('anonymousHint') : undefined}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: false, label: t('realName') },
                { value: true, label: t('anonymous') },
              ]}
            />
          </Form.Item>
        </Col>
        {anonymous ? null : (
          <Col xs={24} md={16}>
            <Form.Item
              name="confidential"
              valuePropName="checked"
              label={beside ? ' ' : undefined}
              extra={t('confidentialHint')}
            >
              <Checkbox>{t('confidential')}</Checkbox>
            </Form.Item>
          </Col>
        )}
      </Row>
      {anonymous ? null : (
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item
              name={['complainant', 'name']}
              label={t('name')}
              rules={[
                { required: true, whitespace: true, message: t('nameRequired') },
                schemaRule(shape.name),
              ]}
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['complainant', 'phone']}
              label={t('phone')}
              extra={t('phoneHint')}
              rules={[
                { required: true, whitespace: true, message: t('phoneRequired') },
                schemaRule(shape.phone),
              ]}
            >
              <Input maxLength={20} inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name={['complainant', 'idNumber']}
              label={t('idNumber')}
              rules={[schemaRule(shape.idNumber.unwrap())]}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
