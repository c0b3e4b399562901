import { PARTY_TYPES } from '@jiandu/contracts/case-labels';
import { isValidCreditCode, isValidResidentId } from '@jiandu/contracts/codes';
import { Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import { shanghaiToday } from '../../../lib/dates.ts';
import { partyTypeLabel } from '../labels.ts';
import { t } from '../locale-handling.ts';

const check = (valid: (value: string) => boolean, message: string) => ({
  validator: async (_: unknown, value: unknown) => {
    if (typeof value === 'string' && value.trim() && !valid(value.trim().toUpperCase()))
      throw new Error(message);
  },
});

/**
 * 当事人: a natural person (name, ID number checked with its check digit, birth date, address) or an
 * organisation (name, credit code checked the same way, registered address), under `party`.
 */
export function PartyFields() {
  const form = Form.useFormInstance();
  const type = Form.useWatch(['party', 'type'], form) as 'person' | 'organization' | undefined;
  const person = type !== 'organization';
  return (
    <>
      <Form.Item name={['party', 'type']} label={t('partyType')}>
        <Radio.Group
          optionType="button"
          options={PARTY_TYPES.map((p) => ({ value: p, label: partyTypeLabel(p) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={person ? 10 : 14}>
          <Form.Item
            name={['party', 'name']}
            label={person ? t('personName') : t('orgName')}
            rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
          >
            <Input maxLength={person ? 100 : 200} autoComplete="off" />
          </Form.Item>
        </Col>
        {person ? (
          <Col xs={24} md={14}>
            <Form.Item
              name={['party', 'idNumber']}
              label={t('idNumber')}
              rules={[
                { required: true, whitespace: true, message: t('idRequired') },
                check(isValidResidentId, t('idInvalid')),
              ]}
            >
              <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        ) : (
          <Col xs={24} md={10}>
            <Form.Item
              name={['party', 'creditCode']}
              label={t('creditCode')}
              rules={[
                { required: true, whitespace: true, message: t('creditRequired') },
                check(isValidCreditCode, t('creditInvalid')),
              ]}
            >
              <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        {person ? (
          <Col xs={24} md={10}>
            <Form.Item name={['party', 'birthDate']} label={t('birthDate')} extra={t('birthHint')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={person ? 14 : 24}>
          <Form.Item
            name={['party', 'address']}
            label={person ? t('address') : t('orgAddress')}
            extra={t('addressHint')}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
