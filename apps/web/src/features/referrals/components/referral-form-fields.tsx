import { REFERRAL_ORIGINS, REFERRAL_TARGETS, type ReferralTarget } from '@jiandu/contracts/referral-labels';
import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { ReferralDraftSchema } from '@jiandu/contracts/referrals';
import { Alert, Col, Divider, Form, Input, Radio, Row, Select } from 'antd';
import { schemaRule } from '../../../lib/form-errors.ts';
import { originLabel, targetLabel } from '../labels.ts';
import { t } from '../locale-form.ts';
import { HandlersSelect } from './handlers-select.tsx';
import { MaterialsField } from './materials-field.tsx';
import { OriginSelect } from './origin-select.tsx';

const shape = ReferralDraftSchema.shape;
const TARGET_HINT: Record<
  ReferralTarget,
  'targetNamePolice' | 'targetNameDiscipline' | 'targetNameProcuratorate'
> = {
  police: 'targetNamePolice',
  discipline: 'targetNameDiscipline',
  procuratorate: 'targetNameProcuratorate',
};

/** A required text field checked with the contract's rule, so the form says what the server would. */
function textRules(required: string, schema: (typeof shape)[keyof typeof shape]) {
  return [{ required: true, whitespace: true, message: required }, schemaRule(schema)];
}

/**
 * The fields of a referral draft: whom it goes to, what the lead is and where it came from, who
 * handles it and what is enclosed. `existing` is the draft being edited (for labels of what it names).
 */
export function ReferralFormFields({
  existing,
  onBusyChange,
}: {
  existing: ReferralDetail | null;
  onBusyChange: (busy: boolean) => void;
}) {
  const target = Form.useWatch<ReferralTarget | undefined>('targetKind');
  const origin = Form.useWatch<(typeof REFERRAL_ORIGINS)[number] | undefined>('origin');
  const uploadUrl = existing ? `/api/referrals/${encodeURIComponent(existing.id)}/attachments` : null;
  return (
    <>
      <Divider titlePlacement="start">{t('basics')}</Divider>
      <Form.Item name="title" label={t('title')} rules={textRules(t('titleRequired'), shape.title)}>
        <Input maxLength={100} placeholder={t('titleHint')} />
      </Form.Item>
      <Form.Item
        name="targetKind"
        label={t('targetKind')}
        rules={[{ required: true, message: t('targetRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={REFERRAL_TARGETS.map((k) => ({ value: k, label: targetLabel(k) }))}
        />
      </Form.Item>
      {target === 'police' ? (
        <Alert type="info" showIcon title={t('policeHint')} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item
            name="targetName"
            label={t('targetName')}
            rules={textRules(t('targetNameRequired'), shape.targetName)}
          >
            <Input maxLength={100} placeholder={t(TARGET_HINT[target ?? 'police'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="origin"
            label={t('origin')}
            rules={[{ required: true, message: t('originRequired') }]}
          >
            <Select options={REFERRAL_ORIGINS.map((o) => ({ value: o, label: originLabel(o) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          {origin && origin !== 'manual' ? (
            <Form.Item
              name="originRef"
              label={t('originRef')}
              extra={origin === 'complaint' ? t('originComplaintHint') : undefined}
              rules={[{ required: true, message: t('originRefRequired') }]}
            >
              <OriginSelect
                origin={origin}
                knownLabel={existing?.origin === origin ? existing.originLabel : null}
              />
            </Form.Item>
          ) : null}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="subjectName"
            label={t('subjectName')}
            rules={textRules(t('subjectRequired'), shape.subjectName)}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="suspectedOffence"
            label={t('suspectedOffence')}
            rules={textRules(t('offenceRequired'), shape.suspectedOffence)}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="facts" label={t('facts')} rules={textRules(t('factsRequired'), shape.facts)}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Divider titlePlacement="start">{t('handling')}</Divider>
      <Form.Item
        name="handlers"
        label={t('handlers')}
        rules={[{ required: true, type: 'array', min: 1, message: t('handlersRequired') }]}
      >
        <HandlersSelect known={existing?.handlers ?? []} />
      </Form.Item>
      <Form.Item label={t('materials')} required={false}>
        <MaterialsField uploadUrl={uploadUrl} onBusyChange={onBusyChange} />
      </Form.Item>
    </>
  );
}
