import {
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_ITEM_SUGGESTIONS,
  type EquipmentCategory,
  type EquipmentIssue,
  EquipmentIssueCreateSchema,
} from '@jiandu/contracts/equipment';
import { App, AutoComplete, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateIssue } from '../api/use-create-issue.ts';
import { useOfficerOptions } from '../api/use-officer-options.ts';
import { useUpdateIssue } from '../api/use-update-issue.ts';
import { categoryLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  orgId: string;
  officerId?: string | null;
  category: EquipmentCategory;
  itemName: string;
  specification?: string;
  serialNumber?: string;
  quantity: number;
  issuedOn: Dayjs;
  note?: string;
}

const FIELDS = [
  'orgId',
  'officerId',
  'category',
  'itemName',
  'specification',
  'serialNumber',
  'quantity',
  'issuedOn',
  'note',
];
const shape = EquipmentIssueCreateSchema.shape;

/** Issues items to an org or one of its officers, or corrects an issue. */
export function IssueFormModal({ issue, onClose }: { issue: EquipmentIssue | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { session } = useSession();
  const { message } = App.useApp();
  const create = useCreateIssue();
  const update = useUpdateIssue();
  const [error, setError] = useState<string | null>(null);
  const orgId = Form.useWatch('orgId', form);
  const category = Form.useWatch('category', form) ?? 'uniform';
  const serial = Form.useWatch('serialNumber', form);
  const officers = useOfficerOptions(orgId);

  const onFinish = async (v: Values) => {
    setError(null);
    const body = {
      officerId: v.officerId || null,
      category: v.category,
      itemName: v.itemName.trim(),
      specification: v.specification?.trim() || null,
      serialNumber: v.serialNumber?.trim() || null,
      quantity: v.quantity,
      issuedOn: v.issuedOn.format('YYYY-MM-DD'),
      note: v.note?.trim() || null,
    };
    try {
      if (issue) await update.mutateAsync({ id: issue.id, changes: body });
      else await create.mutateAsync({ ...body, orgId: v.orgId });
      message.success(issue ? t('saved') : t('issued'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={issue ? t('editTitle', { item: issue.itemName }) : t('issueTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending || update.isPending}
      width={640}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          issue
            ? {
                ...issue,
                specification: issue.specification ?? '',
                serialNumber: issue.serialNumber ?? '',
                note: issue.note ?? '',
                issuedOn: dayjs(issue.issuedOn),
              }
            : {
                orgId: session?.user.orgId,
                category: 'uniform',
                quantity: 1,
                issuedOn: shanghaiToday(),
                officerId: null,
              }
        }
      >
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="orgId" label={t('org')} rules={[{ required: true, message: t('orgRequired') }]}>
              <OrgSelect
                disabled={!!issue}
                known={[
                  ...(issue ? [{ value: issue.orgId, label: issue.orgName }] : []),
                  ...(session ? [{ value: session.user.orgId, label: session.user.orgName }] : []),
                ]}
                onChange={(value) => {
                  form.setFieldsValue({ orgId: value as string, officerId: null });
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="officerId" label={t('holder')} tooltip={t('holderHint')}>
              <Select
                allowClear
                placeholder={t('orgHeld')}
                loading={officers.isFetching}
                showSearch={{ optionFilterProp: 'label' }}
                options={[
                  ...(issue?.officerId && issue.officerName
                    ? [{ value: issue.officerId, label: issue.officerName }]
                    : []),
                  ...(officers.data ?? [])
                    .filter((o) => o.id !== issue?.officerId)
                    .map((o) => ({ value: o.id, label: `${o.name} · ${o.post}` })),
                ]}
                notFoundContent={t('noOfficers')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="category" label={t('category')}>
          <Radio.Group options={optionsOf(EQUIPMENT_CATEGORIES, categoryLabel)} optionType="button" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="itemName"
              label={t('item')}
              rules={[
                { required: true, whitespace: true, message: t('itemRequired') },
                schemaRule(shape.itemName),
              ]}
            >
              <AutoComplete
                options={EQUIPMENT_ITEM_SUGGESTIONS[category].map((value) => ({ value }))}
                showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input) }}
                placeholder={t('itemPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="specification" label={t('specification')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="serialNumber"
              label={t('serialNumber')}
              rules={[schemaRule(shape.serialNumber)]}
              extra={t('serialHint')}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="quantity"
              label={t('quantity')}
              rules={[{ required: true, message: t('quantityRequired') }]}
            >
              <InputNumber
                min={issue?.returnedQuantity || 1}
                max={serial ? 1 : 10_000}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="issuedOn"
              label={t('issuedOn')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={300} placeholder={t('notePlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
