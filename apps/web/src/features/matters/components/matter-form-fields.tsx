import {
  MATTER_MODES,
  MATTER_ORIGINS,
  MATTER_PROBLEMS,
  MATTER_SCOPES,
  MATTER_TRACKS,
} from '@jiandu/contracts/matter-labels';
import { MatterCreateSchema } from '@jiandu/contracts/matters';
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import {
  modeLabel,
  originLabel,
  problemLabel,
  scopeLabel,
  trackLabel,
} from '../../../components/notices/labels.ts';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { schemaRule } from '../../../lib/form-errors.ts';
import { t } from '../locale-form.ts';

const shape = MatterCreateSchema.shape;
/** Origins that must name what they came from (the server refuses them without). */
const NEEDS_REF: readonly string[] = ['complaint', 'plan_task', 'campaign', 'case_review'];

/** The opening form's fields; the agency is fixed when the warnings or cases name it. */
export function MatterFormFields({
  agencyKnown,
  agencyFixed,
}: {
  agencyKnown: { value: string; label: string }[];
  agencyFixed: boolean;
}) {
  return (
    <>
      <Form.Item
        name="title"
        label={t('matterTitle')}
        rules={[{ required: true, whitespace: true, message: t('titleRequired') }, schemaRule(shape.title)]}
      >
        <Input maxLength={100} showCount placeholder={t('titlePlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="agencyId"
            label={t('agency')}
            extra={agencyFixed ? t('agencyFixed') : undefined}
            rules={[{ required: true, message: t('agencyRequired') }]}
          >
            <OrgSelect kind="agency" known={agencyKnown} disabled={agencyFixed} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="origin"
            label={t('origin')}
            rules={[{ required: true, message: t('originRequired') }]}
          >
            <Select options={MATTER_ORIGINS.map((o) => ({ value: o, label: originLabel(o) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="scope"
            label={t('scope')}
            rules={[{ required: true, message: t('scopeRequired') }]}
          >
            <Radio.Group options={MATTER_SCOPES.map((s) => ({ value: s, label: scopeLabel(s) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="mode"
            label={t('mode')}
            tooltip={t('modeHint')}
            rules={[{ required: true, message: t('modeRequired') }]}
          >
            <Radio.Group options={MATTER_MODES.map((m) => ({ value: m, label: modeLabel(m) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="track" label={t('track')}>
            <Radio.Group options={MATTER_TRACKS.map((m) => ({ value: m, label: trackLabel(m) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="problems"
            label={t('problems')}
            rules={[{ required: true, type: 'array', min: 1, message: t('problemsRequired') }]}
          >
            <Select
              mode="multiple"
              maxCount={8}
              placeholder={t('problemsPlaceholder')}
              options={MATTER_PROBLEMS.map((p) => ({ value: p, label: problemLabel(p) }))}
              optionFilterProp="label"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="originRef"
            label={t('originRef')}
            extra={t('originRefHint')}
            dependencies={['origin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_: unknown, v: string | undefined) => {
                  if (NEEDS_REF.includes(getFieldValue('origin')) && !v?.trim())
                    throw new Error(t('originRefRequired'));
                },
              }),
            ]}
          >
            <Input maxLength={80} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="description"
        label={t('description')}
        rules={[
          { required: true, whitespace: true, message: t('descriptionRequired') },
          schemaRule(shape.description),
        ]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount placeholder={t('descriptionPlaceholder')} />
      </Form.Item>
    </>
  );
}
