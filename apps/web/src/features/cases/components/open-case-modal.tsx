import type { CaseOpen } from '@jiandu/contracts/case-handling';
import { CASE_KINDS, type CaseKind, PROCEDURES, type Procedure } from '@jiandu/contracts/case-labels';
import type { CaseDetail } from '@jiandu/contracts/cases';
import { Alert, App, Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { useOnlyAgency } from '../api/use-case-agencies.ts';
import { useOpenCase } from '../api/use-open-case.ts';
import { showCaseProblems } from '../form-problems.ts';
import { kindLabel, procedureLabel } from '../labels.ts';
import { t } from '../locale-handling.ts';
import { HandlingError } from './handling-error.tsx';
import { ItemSelect } from './item-select.tsx';
import { OfficerSelect } from './officer-select.tsx';
import { PartyFields } from './party-fields.tsx';

interface Values {
  agencyId?: string;
  kind: CaseKind;
  procedure?: Procedure;
  itemCode?: string;
  title?: string;
  party: {
    type: 'person' | 'organization';
    name?: string;
    idNumber?: string;
    creditCode?: string;
    birthDate?: Dayjs;
    address?: string;
  };
  violationEndedAt?: Dayjs;
  officers?: string[];
  major: boolean;
  openedOn?: Dayjs;
  note?: string;
}

const FIELDS = [
  'agencyId',
  'itemCode',
  'kind',
  'procedure',
  'title',
  'party',
  'violationEndedAt',
  'officers',
  'openedOn',
  'note',
];
const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');
const trimmed = (s: string | undefined) => s?.trim() || undefined;

/** The form's values as the contract's opening (empty optional fields left out). */
function toOpen(v: Values): CaseOpen {
  const p = v.party;
  const party: CaseOpen['party'] =
    p.type === 'person'
      ? {
          type: 'person',
          name: p.name?.trim() ?? '',
          idNumber: p.idNumber?.trim().toUpperCase() ?? '',
          ...(p.birthDate ? { birthDate: day(p.birthDate)! } : {}),
          ...(trimmed(p.address) ? { address: trimmed(p.address)! } : {}),
        }
      : {
          type: 'organization',
          name: p.name?.trim() ?? '',
          creditCode: p.creditCode?.trim().toUpperCase() ?? '',
          ...(trimmed(p.address) ? { address: trimmed(p.address)! } : {}),
        };
  return {
    agencyId: v.agencyId ?? '',
    itemCode: v.itemCode ?? '',
    kind: v.kind,
    ...(v.kind === 'penalty' && v.procedure ? { procedure: v.procedure } : {}),
    title: v.title?.trim() ?? '',
    party,
    ...(v.violationEndedAt ? { violationEndedAt: day(v.violationEndedAt)! } : {}),
    officers: v.officers ?? [],
    major: v.major,
    openedOn: day(v.openedOn) ?? '',
    ...(trimmed(v.note) ? { note: trimmed(v.note)! } : {}),
  };
}

interface Props {
  onClose: () => void;
  onOpened: (detail: CaseDetail) => void;
}

/** 立案: opens a case handled in Jiandu; a refusal lists each rule broken with its legal basis. */
export function OpenCaseModal({ onClose, onOpened }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const open = useOpenCase();
  const [error, setError] = useState<unknown>(null);
  const { can, session } = useSession();
  // Without the org tree the user acts for their own org only.
  const readsOrgs = can('org.read');
  const agencies = useOnlyAgency(readsOrgs);
  const only = readsOrgs || !session ? agencies.only : { id: session.user.orgId, name: session.user.orgName };
  const agencyId = Form.useWatch('agencyId', form);
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    if (only && !form.getFieldValue('agencyId')) form.setFieldValue('agencyId', only.id);
  }, [only, form]);
  const future = (d: Dayjs) => d.isAfter(shanghaiToday(), 'day');

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      const detail = await open.mutateAsync(toOpen(v));
      message.success(t('opened', { number: detail.summary.externalId }));
      onOpened(detail);
    } catch (e) {
      if (!showCaseProblems(form, e, FIELDS, ['party'])) setError(e);
    }
  };

  return (
    <FormModal
      form={form}
      error={null}
      width={860}
      title={t('openTitle')}
      okText={t('open')}
      cancelText={t('cancel')}
      confirmLoading={open.isPending}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('openHint')} style={{ marginBottom: 16 }} />}
    >
      <HandlingError error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'penalty',
          procedure: 'general',
          party: { type: 'person' },
          major: false,
          openedOn: shanghaiToday(),
        }}
        onFinish={onFinish}
        onValuesChange={(changed: Partial<Values>) => {
          // Items and officers belong to one agency (and items to one kind): a new choice clears them.
          if ('agencyId' in changed) form.setFieldsValue({ itemCode: undefined, officers: [] });
          if ('kind' in changed) form.setFieldsValue({ itemCode: undefined });
        }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="agencyId"
              label={t('agency')}
              rules={[{ required: true, message: t('agencyRequired') }]}
            >
              <OrgSelect kind="agency" known={only ? [{ value: only.id, label: only.name }] : []} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="kind" label={t('kind')}>
              <Select
                options={CASE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="procedure"
              label={t('procedure')}
              rules={[{ required: kind === 'penalty', message: t('procedureRequired') }]}
            >
              <Select
                disabled={kind !== 'penalty'}
                options={PROCEDURES.map((p) => ({ value: p, label: procedureLabel(p) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="itemCode" label={t('item')} rules={[{ required: true, message: t('itemRequired') }]}>
          <ItemSelect agencyId={agencyId} kind={kind} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('title')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('titleRequired') }]}
        >
          <Input maxLength={200} placeholder={t('titlePlaceholder')} />
        </Form.Item>
        <PartyFields />
        <Form.Item
          name="officers"
          label={t('officers')}
          extra={t('officersHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('officersRequired') }]}
        >
          <OfficerSelect agencyId={agencyId} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={8}>
            <Form.Item
              name="openedOn"
              label={t('openedOn')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={future} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="violationEndedAt" label={t('violationEndedAt')}>
              <DatePicker style={{ width: '100%' }} disabledDate={future} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="major" label={t('major')} valuePropName="checked" extra={t('majorHint')}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
