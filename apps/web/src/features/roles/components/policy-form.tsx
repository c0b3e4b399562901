import type { SecurityPolicy } from '@jiandu/contracts/identity';
import { Alert, App, Button, Col, Divider, Form, InputNumber, Row, Space, Switch, Typography } from 'antd';
import { problemText, showFieldErrors } from '../../../lib/problem.ts';
import { useSaveSecurityPolicy } from '../api/use-save-security-policy.ts';
import { t } from '../locale.ts';
import { PasswordProfileField } from './password-profile-field.tsx';

const NUMBERS = [
  {
    name: 'lockoutThreshold',
    min: 3,
    max: 10,
    unit: 'times',
    hint: 'lockoutThresholdHint',
    section: 'lockout',
  },
  {
    name: 'lockoutMinutes',
    min: 5,
    max: 1440,
    unit: 'minutes',
    hint: 'lockoutMinutesHint',
    section: 'lockout',
  },
  {
    name: 'idleTimeoutMinutes',
    min: 5,
    max: 60,
    unit: 'minutes',
    hint: 'idleTimeoutHint',
    section: 'session',
  },
  {
    name: 'absoluteTimeoutHours',
    min: 1,
    max: 24,
    unit: 'hours',
    hint: 'absoluteTimeoutHint',
    section: 'session',
  },
] as const;

/** The security policy as a form; read-only for a viewer who may not change it. */
export function PolicyForm({ policy, editable }: { policy: SecurityPolicy; editable: boolean }) {
  const [form] = Form.useForm<SecurityPolicy>();
  const { message } = App.useApp();
  const save = useSaveSecurityPolicy();
  const mfa = Form.useWatch('mfaRequired', form);
  const onFinish = async (values: SecurityPolicy) => {
    try {
      const saved = await save.mutateAsync(values);
      form.setFieldsValue(saved);
      message.success(t('policySaved'));
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(problemText(error));
    }
  };
  const numbers = (section: 'lockout' | 'session') => (
    <Row gutter={16}>
      {NUMBERS.filter((n) => n.section === section).map((n) => (
        <Col key={n.name} xs={24} md={12}>
          <Form.Item
            label={t(n.name)}
            name={n.name}
            extra={t(n.hint)}
            rules={[{ required: true, type: 'integer', min: n.min, max: n.max, message: t(n.hint) }]}
          >
            <InputNumber min={n.min} max={n.max} precision={0} suffix={t(n.unit)} style={{ width: 180 }} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={policy}
      onFinish={onFinish}
      disabled={!editable}
      style={{ maxWidth: 880 }}
    >
      <Divider titlePlacement="start">{t('passwordSection')}</Divider>
      <Form.Item label={t('passwordProfile')} name="passwordProfile" extra={t('profileCommon')}>
        <PasswordProfileField />
      </Form.Item>
      <Divider titlePlacement="start">{t('lockoutSection')}</Divider>
      {numbers('lockout')}
      <Divider titlePlacement="start">{t('sessionSection')}</Divider>
      {numbers('session')}
      <Form.Item label={t('mfaRequired')} name="mfaRequired" valuePropName="checked" extra={t('mfaHint')}>
        <Switch />
      </Form.Item>
      {mfa === false ? (
        <Alert type="warning" showIcon title={t('mfaOffWarning')} style={{ marginBottom: 16 }} />
      ) : null}
      {editable ? (
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('save')}
          </Button>
          <Button htmlType="button" onClick={() => form.resetFields()}>
            {t('reset')}
          </Button>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('policyReadOnly')}</Typography.Text>
      )}
    </Form>
  );
}
