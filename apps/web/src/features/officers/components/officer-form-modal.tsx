import { birthDateFromResidentId, genderFromResidentId, ResidentIdSchema } from '@jiandu/contracts/codes';
import {
  type Officer,
  type OfficerCreate,
  OfficerCreateSchema,
  STAFF_KINDS,
} from '@jiandu/contracts/officers';
import { App, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateOfficer } from '../api/use-create-officer.ts';
import { useUpdateOfficer } from '../api/use-update-officer.ts';
import { genderLabel, staffKindLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { OrgTreeSelect } from './org-tree-select.tsx';
import { PhotoField } from './photo-field.tsx';

interface Values {
  orgId?: string;
  name: string;
  idNumber?: string;
  phone?: string;
  post: string;
  staffKind: Officer['staffKind'];
  fields: OfficerCreate['fields'];
  legalQualification: boolean;
  legalReviewer: boolean;
  photo?: string | null;
  photoPublic: boolean;
  startDate?: Dayjs | null;
}

const FIELDS = [
  'orgId',
  'name',
  'idNumber',
  'phone',
  'post',
  'staffKind',
  'fields',
  'photo',
  'photoPublic',
  'startDate',
];
const shape = OfficerCreateSchema.shape;
const isMasked = (v: string | null | undefined) => Boolean(v?.includes('*'));

interface Props {
  /** The officer to edit; without it a new one is registered. */
  officer?: Officer | undefined;
  /** Where a new officer goes unless the user picks another org. */
  defaultOrgId?: string | undefined;
  onClose: () => void;
  onCreated?: (officer: Officer) => void;
}

/** Registers or edits an officer; the rules mirror `OfficerCreateSchema`, the server checks again. */
export function OfficerFormModal({ officer, defaultOrgId, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateOfficer();
  const update = useUpdateOfficer();
  const [error, setError] = useState<string | null>(null);
  const idNumber = Form.useWatch('idNumber', form)?.trim().toUpperCase() ?? '';
  const staffKind = Form.useWatch('staffKind', form);
  const gender = genderFromResidentId(idNumber);
  const birth = birthDateFromResidentId(idNumber);

  const initialValues: Partial<Values> = officer
    ? {
        name: officer.name,
        phone: isMasked(officer.phone) ? '' : (officer.phone ?? ''),
        post: officer.post,
        staffKind: officer.staffKind,
        fields: officer.fields as OfficerCreate['fields'],
        legalQualification: officer.legalQualification,
        legalReviewer: officer.legalReviewer,
        photoPublic: officer.photoPublic,
      }
    : {
        orgId: defaultOrgId,
        staffKind: 'civil_servant',
        fields: [],
        legalQualification: false,
        legalReviewer: false,
        photoPublic: false,
      };

  const onFinish = async (v: Values) => {
    setError(null);
    const typedPhone = v.phone?.trim() || null;
    const common = {
      name: v.name.trim(),
      post: v.post.trim(),
      staffKind: v.staffKind,
      fields: v.fields,
      legalQualification: v.legalQualification,
      legalReviewer: v.legalReviewer,
      photoPublic: v.photoPublic,
      ...(v.photo === undefined ? {} : { photo: v.photo }),
    };
    try {
      if (officer) {
        // A masked phone cannot be shown for editing: only what is typed replaces it.
        const phone = isMasked(officer.phone) ? (typedPhone ?? undefined) : typedPhone;
        await update.mutateAsync({
          id: officer.id,
          changes: { ...common, ...(phone === undefined ? {} : { phone }) },
        });
        message.success(t('saved'));
        onClose();
      } else {
        const created = await create.mutateAsync({
          ...common,
          orgId: v.orgId ?? '',
          idNumber: (v.idNumber ?? '').trim().toUpperCase(),
          phone: typedPhone,
          ...(v.startDate ? { startDate: v.startDate.format('YYYY-MM-DD') } : {}),
        });
        message.success(t('officerCreated'));
        onCreated?.(created);
      }
    } catch (e) {
      applyFieldErrors(form, e, FIELDS);
      setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={officer ? t('editOfficer', { name: officer.name }) : t('createOfficer')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending || update.isPending}
      width={720}
      onClose={onClose}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {officer ? null : (
          <Form.Item name="orgId" label={t('org')} rules={[{ required: true, message: t('orgRequired') }]}>
            <OrgTreeSelect placeholder={t('orgPlaceholder')} />
          </Form.Item>
        )}
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
            {officer ? (
              <Form.Item label={t('idNumber')}>
                <Input value={officer.idNumber} disabled style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            ) : (
              <Form.Item
                name="idNumber"
                label={t('idNumber')}
                rules={[{ required: true, message: t('idRequired') }, schemaRule(ResidentIdSchema)]}
                extra={gender && birth ? t('idDerived', { gender: genderLabel(gender), birth }) : t('idHint')}
              >
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={t('phone')}
              rules={[schemaRule(shape.phone)]}
              extra={
                officer && isMasked(officer.phone)
                  ? t('phoneMasked', { phone: officer.phone ?? '' })
                  : undefined
              }
            >
              <Input maxLength={11} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="post"
              label={t('post')}
              rules={[{ required: true, message: t('postRequired') }, schemaRule(shape.post)]}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="staffKind"
              label={t('staffKind')}
              rules={[{ required: true }]}
              extra={
                staffKind === 'other' ? (
                  <span style={{ color: '#d46b08' }}>{t('staffKindOther')}</span>
                ) : undefined
              }
            >
              <Select options={STAFF_KINDS.map((k) => ({ value: k, label: staffKindLabel(k) }))} />
            </Form.Item>
          </Col>
          {officer ? null : (
            <Col xs={24} sm={12}>
              <Form.Item name="startDate" label={t('startDate')} extra={t('startDateHint')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={officer ? 12 : 24}>
            <Form.Item name="fields" label={t('fields')} required rules={[schemaRule(shape.fields)]}>
              <Select
                mode="multiple"
                options={FIELD_OPTIONS}
                showSearch={{ optionFilterProp: 'label' }}
                maxTagCount="responsive"
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="legalQualification" valuePropName="checked">
              <Checkbox>{t('legalQualification')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="legalReviewer" valuePropName="checked">
              <Checkbox>{t('legalReviewerLong')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="photo" label={t('photo')}>
          <PhotoField
            storedUrl={officer?.hasPhoto ? `/api/officers/${encodeURIComponent(officer.id)}/photo` : null}
            onError={(m) => form.setFields([{ name: 'photo', errors: [m] }])}
          />
        </Form.Item>
        <Form.Item name="photoPublic" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('photoPublic')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
