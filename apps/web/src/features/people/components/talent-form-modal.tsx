import type { EnforcementField } from '@jiandu/contracts/fields';
import {
  TALENT_LEVELS,
  TALENT_SOURCES,
  TALENT_STATUSES,
  type Talent,
  TalentCreateSchema,
  type TalentLevel,
  type TalentSource,
} from '@jiandu/contracts/people';
import { App, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateTalent } from '../api/use-create-talent.ts';
import { useUpdateTalent } from '../api/use-update-talent.ts';
import { levelLabel, optionsOf, sourceLabel, talentStatusLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  orgId: string;
  name: string;
  fields: EnforcementField[];
  skills: string;
  source: TalentSource;
  level: TalentLevel;
  entryDate: Dayjs;
  status: 'active' | 'withdrawn';
  note?: string;
}

const FIELDS = ['orgId', 'name', 'fields', 'skills', 'source', 'level', 'entryDate', 'status', 'note'];
const shape = TalentCreateSchema.shape;

/** Adds someone to the talent pool, or edits / withdraws an entry. */
export function TalentFormModal({ talent, onClose }: { talent: Talent | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateTalent();
  const update = useUpdateTalent();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    const body = {
      orgId: v.orgId,
      name: v.name.trim(),
      fields: v.fields,
      skills: v.skills.trim(),
      source: v.source,
      level: v.level,
      entryDate: v.entryDate.format('YYYY-MM-DD'),
      status: v.status,
      note: v.note?.trim() || null,
    };
    try {
      if (talent) await update.mutateAsync({ id: talent.id, changes: body });
      else await create.mutateAsync(body);
      message.success(talent ? t('saved') : t('talentAdded'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={talent ? t('editTalent', { name: talent.name }) : t('addTalent')}
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
          talent
            ? { ...talent, note: talent.note ?? '', entryDate: dayjs(talent.entryDate) }
            : { status: 'active', entryDate: shanghaiToday(), fields: [], source: 'training' }
        }
      >
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="name"
              label={t('name')}
              rules={[{ required: true, message: t('nameRequired') }, schemaRule(shape.name)]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="orgId"
              label={t('staffOrg')}
              rules={[{ required: true, message: t('orgRequired') }]}
            >
              <OrgSelect known={talent ? [{ value: talent.orgId, label: talent.orgName }] : []} />
            </Form.Item>
          </Col>
        </Row>
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
        <Form.Item
          name="skills"
          label={t('skills')}
          rules={[
            { required: true, whitespace: true, message: t('skillsRequired') },
            schemaRule(shape.skills),
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="source"
              label={t('source')}
              rules={[{ required: true, message: t('sourceRequired') }]}
            >
              <Select options={optionsOf(TALENT_SOURCES, sourceLabel)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="level"
              label={t('level')}
              rules={[{ required: true, message: t('levelRequired') }]}
            >
              <Select options={optionsOf(TALENT_LEVELS, levelLabel)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="entryDate"
              label={t('entryDate')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="status" label={t('status')}>
          <Radio.Group options={optionsOf(TALENT_STATUSES, talentStatusLabel)} />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
