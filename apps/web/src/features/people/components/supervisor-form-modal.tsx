import { isValidResidentId } from '@jiandu/contracts/codes';
import {
  type InvitedSupervisor,
  InvitedSupervisorCreateSchema,
  SUPERVISOR_CATEGORIES,
  type SupervisorCategory,
} from '@jiandu/contracts/people';
import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { ApiError } from '../../../lib/api.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAgeLimit } from '../api/use-age-limit.ts';
import { useCreateSupervisor } from '../api/use-create-supervisor.ts';
import { useUpdateSupervisor } from '../api/use-update-supervisor.ts';
import { categoryLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';
import { isMasked } from '../masking.ts';

interface Values {
  orgId: string;
  name: string;
  idNumber?: string;
  phone?: string;
  category: SupervisorCategory;
  employer: string;
  title?: string;
  termNumber: number;
  term: [Dayjs, Dayjs];
  appointmentNumber?: string;
}

const FIELDS = [
  'orgId',
  'name',
  'idNumber',
  'phone',
  'category',
  'employer',
  'title',
  'termNumber',
  'term',
  'appointmentNumber',
];
const shape = InvitedSupervisorCreateSchema.shape;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const idRule = {
  validator: async (_: unknown, value: string | undefined) => {
    if (value?.trim() && !isValidResidentId(value.trim().toUpperCase())) throw new Error(t('idInvalid'));
  },
};

/** The age limits that will apply, once the appointing org is known. */
function AgeHint({ regionCode }: { regionCode: string | undefined }) {
  const limit = useAgeLimit(regionCode);
  if (!limit.data) return null;
  const where = limit.data.sourceName ?? t('defaultLimits');
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('ageHint', { min: limit.data.minAge, max: limit.data.maxAge, where })}
    </Typography.Text>
  );
}

/**
 * Appoints an invited supervisor or edits an appointment. The ID number gives gender and age; the
 * server refuses an age outside the region's limits at the term start, shown on the ID field.
 */
export function SupervisorFormModal({
  supervisor,
  onClose,
}: {
  supervisor: InvitedSupervisor | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateSupervisor();
  const update = useUpdateSupervisor();
  const [error, setError] = useState<string | null>(null);
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const maskedId = isMasked(supervisor?.idNumber);
  const maskedPhone = isMasked(supervisor?.phone);

  const onFinish = async (v: Values) => {
    setError(null);
    const idNumber = v.idNumber?.trim().toUpperCase() || undefined;
    const phone = v.phone?.trim() || null;
    const common = {
      name: v.name.trim(),
      category: v.category,
      employer: v.employer.trim(),
      title: v.title?.trim() || null,
      termNumber: v.termNumber,
      termStart: day(v.term[0]),
      termEnd: day(v.term[1]),
      appointmentNumber: v.appointmentNumber?.trim() || null,
    };
    try {
      if (supervisor) {
        await update.mutateAsync({
          id: supervisor.id,
          changes: {
            ...common,
            ...(idNumber && idNumber !== supervisor.idNumber ? { idNumber } : {}),
            ...(maskedPhone && !phone ? {} : { phone }),
          },
        });
        message.success(t('saved'));
      } else {
        await create.mutateAsync({ ...common, orgId: v.orgId, idNumber: idNumber ?? '', phone });
        message.success(t('appointed'));
      }
      onClose();
    } catch (e) {
      // The form holds the term as one range; the server names its two ends.
      if (e instanceof ApiError && e.problem.errors)
        e.problem.errors = e.problem.errors.map((x) => ({
          ...x,
          path: x.path.replace(/term(Start|End)$/, 'term'),
        }));
      setError(applyFieldErrors(form, e, FIELDS) ? null : problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={supervisor ? t('editSupervisor', { name: supervisor.name }) : t('appointTitle')}
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
          supervisor
            ? {
                orgId: supervisor.orgId,
                name: supervisor.name,
                idNumber: maskedId ? '' : supervisor.idNumber,
                phone: maskedPhone ? '' : (supervisor.phone ?? ''),
                category: supervisor.category,
                employer: supervisor.employer,
                title: supervisor.title ?? '',
                termNumber: supervisor.termNumber,
                term: [dayjs(supervisor.termStart), dayjs(supervisor.termEnd)],
                appointmentNumber: supervisor.appointmentNumber ?? '',
              }
            : { termNumber: 1 }
        }
      >
        <Form.Item
          name="orgId"
          label={t('appointingOrg')}
          rules={[{ required: true, message: t('orgRequired') }]}
          extra={supervisor ? t('orgFixed') : <AgeHint regionCode={regionCode} />}
        >
          <OrgSelect
            kind="supervisor"
            disabled={!!supervisor}
            known={supervisor ? [{ value: supervisor.orgId, label: supervisor.orgName }] : []}
            onPickOrg={(org) => setRegionCode(org?.regionCode)}
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
            <Form.Item
              name="category"
              label={t('category')}
              rules={[{ required: true, message: t('categoryRequired') }]}
            >
              <Select options={optionsOf(SUPERVISOR_CATEGORIES, categoryLabel)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="idNumber"
              label={t('idNumber')}
              rules={[...(supervisor ? [] : [{ required: true, message: t('idRequired') }]), idRule]}
              extra={maskedId ? t('maskedHint', { value: supervisor?.idNumber ?? '' }) : t('idHint')}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={t('phone')}
              rules={[schemaRule(shape.phone)]}
              extra={maskedPhone ? t('maskedHint', { value: supervisor?.phone ?? '' }) : undefined}
            >
              <Input maxLength={13} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="employer"
              label={t('employer')}
              rules={[{ required: true, message: t('employerRequired') }, schemaRule(shape.employer)]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="title" label={t('title')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="termNumber"
              label={t('termNumber')}
              rules={[{ required: true, message: t('termNumberRequired') }]}
            >
              <InputNumber
                min={1}
                max={99}
                addonBefore={t('termPrefix')}
                addonAfter={t('termSuffix')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item
              name="term"
              label={t('termDates')}
              rules={[{ required: true, message: t('termRequired') }]}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="appointmentNumber" label={t('appointmentNumber')} extra={t('appointmentNumberHint')}>
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
