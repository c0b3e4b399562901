import {
  CERTIFICATE_TYPES,
  CertificateIssueSchema,
  CertificateNumberSchema,
  type CertificateType,
  type Officer,
} from '@jiandu/contracts/officers';
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useIssueCertificate } from '../api/use-issue-certificate.ts';
import { todayShanghai } from '../format.ts';
import { typeLabel } from '../labels.ts';
import { t } from '../locale-detail.ts';

interface Values {
  number: string;
  type: CertificateType;
  issuingAuthority: string;
  issueDate: Dayjs;
  expiryDate: Dayjs;
  fields: string[];
}

const FIELDS = ['number', 'type', 'issuingAuthority', 'issueDate', 'expiryDate', 'fields'];
const shape = CertificateIssueSchema.shape;

/** Issues a 行政执法证 or 监督证 to an officer; the rules mirror `CertificateIssueSchema`. */
export function IssueCertificateModal({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const issue = useIssueCertificate();
  const [error, setError] = useState<string | null>(null);
  // Contract staff and other non-regular staff may not hold an enforcement certificate.
  const mayEnforce = officer.staffKind !== 'other';

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await issue.mutateAsync({
        officerId: officer.id,
        number: v.number.trim().toUpperCase(),
        type: v.type,
        issuingAuthority: v.issuingAuthority.trim(),
        issueDate: v.issueDate.format('YYYY-MM-DD'),
        expiryDate: v.expiryDate.format('YYYY-MM-DD'),
        fields: v.fields,
      });
      message.success(t('issued'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={t('issueTitle', { name: officer.name })}
      okText={t('issue')}
      cancelText={t('cancel')}
      confirmLoading={issue.isPending}
      width={640}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          type: mayEnforce ? 'enforcement' : 'supervision',
          issueDate: dayjs(todayShanghai()),
          expiryDate: dayjs(todayShanghai()).add(5, 'year').subtract(1, 'day'),
          fields: officer.fields,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="number"
              label={t('certificateNumber')}
              normalize={(v: string) => v.toUpperCase()}
              rules={[{ required: true, message: t('numberRequired') }, schemaRule(CertificateNumberSchema)]}
            >
              <Input maxLength={32} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="type"
              label={t('certificateType')}
              rules={[{ required: true }]}
              extra={mayEnforce ? undefined : t('otherStaffNoEnforcement')}
            >
              <Select
                options={CERTIFICATE_TYPES.map((c) => ({
                  value: c,
                  label: typeLabel(c),
                  disabled: c === 'enforcement' && !mayEnforce,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="issuingAuthority"
              label={t('issuingAuthority')}
              rules={[
                { required: true, message: t('authorityRequired') },
                schemaRule(shape.issuingAuthority),
              ]}
            >
              <Input maxLength={60} placeholder={t('authorityPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="issueDate"
              label={t('issueDate')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="expiryDate"
              label={t('expiryDate')}
              dependencies={['issueDate']}
              rules={[
                { required: true, message: t('dateRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, value: Dayjs | undefined) => {
                    const from = getFieldValue('issueDate') as Dayjs | undefined;
                    if (value && from && !value.isAfter(from, 'day')) throw new Error(t('expiryAfterIssue'));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="fields" label={t('fields')} required rules={[schemaRule(shape.fields)]}>
              <Select mode="multiple" options={FIELD_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
