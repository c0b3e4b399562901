import { CalculatorOutlined } from '@ant-design/icons';
import { ItemCodeSchema } from '@jiandu/contracts/catalogue';
import type { EvaluateRequest } from '@jiandu/contracts/catalogue-evaluation';
import { CIRCUMSTANCES } from '@jiandu/contracts/catalogue-labels';
import type { FormInstance } from 'antd';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { schemaRule } from '../../../lib/form-errors.ts';
import { circumstanceLabel } from '../labels.ts';
import { t } from '../locale-evaluate.ts';

/** The evaluation form's values; the agency picker only fills in the credit code. */
export interface EvaluateValues {
  agencyId?: string;
  agencyCreditCode?: string;
  itemCode?: string;
  circumstance?: EvaluateRequest['circumstance'];
  actDate?: Dayjs;
  decisionDate?: Dayjs | null;
  illegalGains?: number | null;
  goodsValue?: number | null;
}

/** The fields the server may name in its validation errors. */
export const EVALUATE_FIELDS = [
  'agencyCreditCode',
  'itemCode',
  'circumstance',
  'actDate',
  'decisionDate',
  'illegalGains',
  'goodsValue',
] as const;

/** The form's values as the evaluation request (empty amounts left out). */
export function toRequest(v: EvaluateValues): EvaluateRequest {
  return {
    agencyCreditCode: v.agencyCreditCode?.trim().toUpperCase() ?? '',
    itemCode: v.itemCode?.trim() ?? '',
    circumstance: v.circumstance ?? 'general',
    actDate: v.actDate?.format('YYYY-MM-DD') ?? '',
    ...(v.decisionDate ? { decisionDate: v.decisionDate.format('YYYY-MM-DD') } : {}),
    ...(v.illegalGains != null ? { illegalGains: v.illegalGains } : {}),
    ...(v.goodsValue != null ? { goodsValue: v.goodsValue } : {}),
  };
}

interface Props {
  form: FormInstance<EvaluateValues>;
  initial: EvaluateValues;
  /** The prefilled agency, offered by the picker without asking the server. */
  knownAgency: { value: string; label: string } | null;
  pending: boolean;
  onFinish: (v: EvaluateValues) => void;
}

const money = { min: 0, max: 1e12, step: 100, style: { width: '100%' } } as const;

/** What the case is: the agency, the item, the circumstance, the dates and the amounts. */
export function EvaluateForm({ form, initial, knownAgency, pending, onFinish }: Props) {
  const actDate: Dayjs | undefined = Form.useWatch('actDate', form);
  return (
    <Form<EvaluateValues> form={form} layout="vertical" initialValues={initial} onFinish={onFinish}>
      <Form.Item name="agencyId" label={t('pickAgency')} extra={t('pickAgencyHint')}>
        <OrgSelect
          kind="agency"
          allowClear
          aria-label={t('pickAgency')}
          known={knownAgency ? [knownAgency] : []}
          onPickOrg={(org) => org?.creditCode && form.setFieldValue('agencyCreditCode', org.creditCode)}
        />
      </Form.Item>
      <Form.Item
        name="agencyCreditCode"
        label={t('agencyCreditCode')}
        rules={[
          { required: true, whitespace: true, message: t('creditCodeRequired') },
          { pattern: /^[0-9A-Za-z]{18}$/, message: t('creditCodeFormat') },
        ]}
      >
        <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="itemCode"
            label={t('itemCode')}
            rules={[
              { required: true, whitespace: true, message: t('itemCodeRequired') },
              schemaRule(ItemCodeSchema),
            ]}
          >
            <Input maxLength={40} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="circumstance"
            label={t('circumstance')}
            rules={[{ required: true, message: t('circumstanceRequired') }]}
          >
            <Select options={CIRCUMSTANCES.map((c) => ({ value: c, label: circumstanceLabel(c) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="actDate"
            label={t('actDate')}
            rules={[{ required: true, message: t('actDateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="decisionDate" label={t('decisionDate')} extra={t('decisionDateHint')}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => Boolean(actDate && d.isBefore(actDate, 'day'))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="illegalGains" label={t('illegalGains')}>
            <InputNumber {...money} suffix={t('yuan')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="goodsValue" label={t('goodsValue')}>
            <InputNumber {...money} suffix={t('yuan')} />
          </Form.Item>
        </Col>
      </Row>
      <Button
        type="primary"
        htmlType="submit"
        icon={<CalculatorOutlined aria-hidden />}
        loading={pending}
        block
      >
        {t('calculate')}
      </Button>
    </Form>
  );
}

/** The form's starting values from the address (the item page links here with its agency and code). */
export function initialValues(search: URLSearchParams): EvaluateValues {
  const circumstance = CIRCUMSTANCES.find((c) => c === search.get('circumstance')) ?? 'general';
  const act = search.get('actDate');
  return {
    agencyId: search.get('agencyId') ?? undefined,
    agencyCreditCode: search.get('agencyCreditCode') ?? '',
    itemCode: search.get('itemCode') ?? '',
    circumstance,
    actDate: act && dayjs(act).isValid() ? dayjs(act) : shanghaiToday(),
  };
}
