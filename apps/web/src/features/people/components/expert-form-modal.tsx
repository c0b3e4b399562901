import { isValidResidentId } from '@jiandu/contracts/codes';
import type { EnforcementField } from '@jiandu/contracts/fields';
import {
  EXPERT_AVAILABILITIES,
  type Expert,
  type ExpertAvailability,
  ExpertCreateSchema,
} from '@jiandu/contracts/people';
import { App, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateExpert } from '../api/use-create-expert.ts';
import { useUpdateExpert } from '../api/use-update-expert.ts';
import { availabilityLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';
import { isMasked } from '../masking.ts';

interface Values {
  orgId: string;
  name: string;
  idNumber?: string;
  phone?: string;
  employer: string;
  title?: string;
  fields: EnforcementField[];
  specialty?: string;
  availability: ExpertAvailability;
  busyUntil?: Dayjs | null;
}

const FIELDS = [
  'orgId',
  'name',
  'idNumber',
  'phone',
  'employer',
  'title',
  'fields',
  'specialty',
  'availability',
  'busyUntil',
];
const shape = ExpertCreateSchema.shape;
const idRule = {
  validator: async (_: unknown, value: string | undefined) => {
    if (value?.trim() && !isValidResidentId(value.trim().toUpperCase())) throw new Error(t('idInvalid'));
  },
};

/** Adds an expert to a pool or edits one, including when they are available. */
export function ExpertFormModal({ expert, onClose }: { expert: Expert | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateExpert();
  const update = useUpdateExpert();
  const [error, setError] = useState<string | null>(null);
  const availability = Form.useWatch('availability', form);
  const maskedId = isMasked(expert?.idNumber);
  const maskedPhone = isMasked(expert?.phone);

  const onFinish = async (v: Values) => {
    setError(null);
    const idNumber = v.idNumber?.trim().toUpperCase() || null;
    const phone = v.phone?.trim() || null;
    const common = {
      name: v.name.trim(),
      employer: v.employer.trim(),
      title: v.title?.trim() || null,
      fields: v.fields,
      specialty: v.specialty?.trim() || null,
      availability: v.availability,
      busyUntil: v.availability === 'busy' && v.busyUntil ? v.busyUntil.format('YYYY-MM-DD') : null,
    };
    try {
      if (expert) {
        await update.mutateAsync({
          id: expert.id,
          changes: {
            ...common,
            ...(maskedId && !idNumber ? {} : { idNumber }),
            ...(maskedPhone && !phone ? {} : { phone }),
          },
        });
        message.success(t('saved'));
      } else {
        await create.mutateAsync({ ...common, orgId: v.orgId, idNumber, phone });
        message.success(t('expertAdded'));
      }
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={expert ? t('editExpert', { name: expert.name }) : t('addExpert')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending || update.isPending}
      width={680}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          expert
            ? {
                orgId: expert.orgId,
                name: expert.name,
                idNumber: maskedId ? '' : (expert.idNumber ?? ''),
                phone: maskedPhone ? '' : (expert.phone ?? ''),
                employer: expert.employer,
                title: expert.title ?? '',
                fields: expert.fields,
                specialty: expert.specialty ?? '',
                availability: expert.availability,
                busyUntil: expert.busyUntil ? dayjs(expert.busyUntil) : null,
              }
            : { availability: 'available', fields: [] }
        }
      >
        <Form.Item name="orgId" label={t('poolOrg')} rules={[{ required: true, message: t('orgRequired') }]}>
          <OrgSelect
            kind="supervisor"
            disabled={!!expert}
            known={expert ? [{ value: expert.orgId, label: expert.orgName }] : []}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={t('name')}
              rules={[{ required: true, message: t('nameRequired') }, schemaRule(shape.name)]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="title" label={t('proTitle')}>
              <Input maxLength={40} placeholder={t('proTitlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="idNumber"
              label={t('idNumberOptional')}
              rules={[idRule]}
              extra={maskedId ? t('maskedHint', { value: expert?.idNumber ?? '' }) : undefined}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={t('phone')}
              rules={[schemaRule(shape.phone)]}
              extra={maskedPhone ? t('maskedHint', { value: expert?.phone ?? '' }) : undefined}
            >
              <Input maxLength={13} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="employer"
          label={t('employer')}
          rules={[{ required: true, message: t('employerRequired') }, schemaRule(shape.employer)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="fields"
          label={t('fields')}
          rules={[{ required: true, type: 'array', min: 1, message: t('fieldsRequired') }]}
        >
          <Select
            mode="multiple"
            options={FIELD_OPTIONS}
            showSearch={{ optionFilterProp: 'label' }}
            maxCount={10}
          />
        </Form.Item>
        <Form.Item name="specialty" label={t('specialty')}>
          <Input.TextArea rows={2} maxLength={300} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="availability" label={t('availability')}>
              <Radio.Group options={optionsOf(EXPERT_AVAILABILITIES, availabilityLabel)} />
            </Form.Item>
          </Col>
          {availability === 'busy' ? (
            <Col xs={24} sm={10}>
              <Form.Item
                name="busyUntil"
                label={t('busyUntil')}
                rules={[{ required: true, message: t('busyUntilRequired') }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </FormModal>
  );
}
