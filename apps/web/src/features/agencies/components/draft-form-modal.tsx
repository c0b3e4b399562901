import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type AgencyDetail,
  AUTHORITIES,
  type Authority,
  type QualificationDraft,
  type QualificationVersion,
  qualificationProblems,
} from '@jiandu/contracts/agencies';
import type { EnforcementField } from '@jiandu/contracts/fields';
import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { errorText, showProblems } from '../../../lib/form-errors.ts';
import { useSaveDraft } from '../api/use-save-draft.ts';
import { showServerErrors } from '../form-errors.ts';
import { authorityLabel, FIELD_OPTIONS } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  legalBases: { law?: string; article?: string | null }[];
  authority: Authority;
  entrustment?: {
    entrustingBody?: string;
    scope?: string;
    powers?: string;
    startDate?: Dayjs;
    endDate?: Dayjs;
  };
  fields: EnforcementField[];
  note?: string | null;
}

function initialValues(from: QualificationVersion | null): Values {
  if (!from) return { legalBases: [{ law: '', article: '' }], authority: 'statutory', fields: [] };
  const e = from.entrustment;
  return {
    legalBases: from.legalBases.map((b) => ({ law: b.law, article: b.article ?? '' })),
    authority: from.authority,
    fields: from.fields as EnforcementField[],
    note: from.note,
    ...(e
      ? {
          entrustment: {
            entrustingBody: e.entrustingBody,
            scope: e.scope,
            powers: e.powers,
            startDate: dayjs(e.startDate),
            endDate: dayjs(e.endDate),
          },
        }
      : {}),
  };
}

function toDraft(v: Values): QualificationDraft {
  const e = v.entrustment;
  return {
    legalBases: (v.legalBases ?? []).map((b) => ({
      law: b.law?.trim() ?? '',
      article: b.article?.trim() || null,
    })),
    authority: v.authority,
    fields: v.fields ?? [],
    note: v.note?.trim() || null,
    entrustment:
      v.authority === 'entrusted'
        ? {
            entrustingBody: e?.entrustingBody?.trim() ?? '',
            scope: e?.scope?.trim() ?? '',
            powers: e?.powers?.trim() ?? '',
            ...(e?.startDate ? { startDate: e.startDate.format('YYYY-MM-DD') } : {}),
            ...(e?.endDate ? { endDate: e.endDate.format('YYYY-MM-DD') } : {}),
          }
        : null,
  };
}

/**
 * The qualification form: legal bases as a list, how the power was obtained, the entrustment (only
 * when entrusted) and the fields. Saves the draft; a qualification in force starts a new version.
 */
export function DraftFormModal({ detail, onClose }: { detail: AgencyDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSaveDraft(detail.agency.orgId);
  const [error, setError] = useState<string | null>(null);
  const authority = Form.useWatch('authority', form);
  const start = detail.pending ?? detail.current;

  const onFinish = async (v: Values) => {
    setError(null);
    const draft = toDraft(v);
    if (showProblems(form, qualificationProblems(draft))) return;
    try {
      await save.mutateAsync(draft);
      message.success(t('done'));
      onClose();
    } catch (e) {
      if (!showServerErrors(form, e)) setError(errorText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      width={760}
      title={t('formTitle', { name: detail.agency.name })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={save.isPending}
      onClose={onClose}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues(start)} onFinish={onFinish}>
        <Form.Item label={t('legalBases')} required>
          <Form.List name="legalBases">
            {(items, { add, remove }, { errors }) => (
              <>
                {items.map(({ key, name }) => (
                  <Flex key={key} gap={8} align="baseline">
                    <Form.Item
                      name={[name, 'law']}
                      style={{ flex: 2, marginBottom: 8 }}
                      rules={[{ required: true, whitespace: true, message: t('lawRequired') }]}
                    >
                      <Input aria-label={t('law')} placeholder={t('lawPlaceholder')} maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[name, 'article']} style={{ flex: 1, marginBottom: 8 }}>
                      <Input
                        aria-label={t('article')}
                        placeholder={t('articlePlaceholder')}
                        maxLength={100}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={t('remove')}
                      icon={<MinusCircleOutlined />}
                      disabled={items.length === 1}
                      onClick={() => remove(name)}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ law: '', article: '' })}>
                  {t('addBasis')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="authority" label={t('authority')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={AUTHORITIES.map((a) => ({ value: a, label: authorityLabel(a) }))}
          />
        </Form.Item>
        {authority === 'entrusted' ? (
          <>
            <Alert type="info" showIcon title={t('entrustedOnly')} style={{ marginBottom: 16 }} />
            <Form.Item
              name={['entrustment', 'entrustingBody']}
              label={t('entrustingBody')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name={['entrustment', 'scope']}
              label={t('entrustedScope')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Form.Item
              name={['entrustment', 'powers']}
              label={t('entrustedPowers')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item
                  name={['entrustment', 'startDate']}
                  label={`${t('term')} — ${t('termStart')}`}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name={['entrustment', 'endDate']}
                  label={`${t('term')} — ${t('termEnd')}`}
                  dependencies={[['entrustment', 'startDate']]}
                  rules={[
                    { required: true, message: t('required') },
                    ({ getFieldValue }) => ({
                      validator: (_, value?: Dayjs) => {
                        const from: Dayjs | undefined = getFieldValue(['entrustment', 'startDate']);
                        return value && from && value.isBefore(from, 'day')
                          ? Promise.reject(new Error(t('endBeforeStart')))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </>
        ) : null}
        <Form.Item
          name="fields"
          label={t('fields')}
          rules={[{ required: true, type: 'array', min: 1, message: t('fieldsRequired') }]}
        >
          <Select mode="multiple" options={FIELD_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
