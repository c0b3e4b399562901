import { type ComplaintDetail, ComplaintMatterSchema } from '@jiandu/contracts/complaints';
import {
  MATTER_MODES,
  MATTER_PROBLEMS,
  type MatterMode,
  type MatterProblem,
} from '@jiandu/contracts/matter-labels';
import { Alert, Form, Input, Radio, Select } from 'antd';
import { useNavigate } from 'react-router';
import { modeLabel, problemLabel } from '../../../components/notices/labels.ts';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { schemaRule } from '../../../lib/form-errors.ts';
import { useOpenComplaintMatter } from '../api/use-open-complaint-matter.ts';
import { t } from '../locale-complaint.ts';
import { StepModal } from './step-modal.tsx';

interface Values {
  title: string;
  agencyId: string;
  mode: MatterMode;
  problems: MatterProblem[];
  description: string;
}

const shape = ComplaintMatterSchema.shape;

/**
 * 转立监督事项: a supervision matter about the complained-about agency, opened from the complaint
 * and linked to it; the new matter's page opens afterwards.
 */
export function MatterModal({ complaint: c, onClose }: { complaint: ComplaintDetail; onClose: () => void }) {
  const step = useOpenComplaintMatter(c.id);
  const navigate = useNavigate();
  return (
    <StepModal<Values>
      title={t('matterTitle')}
      okText={t('openMatter')}
      intro={<Alert type="info" showIcon title={t('matterHint')} style={{ marginBottom: 16 }} />}
      submit={async (v) => {
        const matter = await step.mutateAsync({
          ...v,
          title: v.title.trim(),
          description: v.description.trim(),
        });
        navigate(`/matters/${encodeURIComponent(matter.id)}`);
      }}
      pending={step.isPending}
      fields={['title', 'agencyId', 'mode', 'problems', 'description']}
      done={t('matterOpened')}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={t('matterName')}
        initialValue={`${c.agencyName ?? ''}${c.title}`.slice(0, 100)}
        rules={[
          { required: true, whitespace: true, message: t('matterNameRequired') },
          schemaRule(shape.title),
        ]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        name="agencyId"
        label={t('matterAgency')}
        initialValue={c.agencyId ?? undefined}
        rules={[{ required: true, message: t('matterAgencyRequired') }]}
      >
        <OrgSelect
          kind="agency"
          known={c.agencyId && c.agencyName ? [{ value: c.agencyId, label: c.agencyName }] : []}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="mode"
        label={t('matterMode')}
        rules={[{ required: true, message: t('matterModeRequired') }]}
      >
        <Radio.Group options={MATTER_MODES.map((m) => ({ value: m, label: modeLabel(m) }))} />
      </Form.Item>
      <Form.Item
        name="problems"
        label={t('matterProblems')}
        rules={[{ required: true, message: t('matterProblemsRequired') }]}
      >
        <Select
          mode="multiple"
          options={MATTER_PROBLEMS.map((p) => ({ value: p, label: problemLabel(p) }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('matterDescription')}
        initialValue={c.content.slice(0, 4000)}
        rules={[
          { required: true, whitespace: true, message: t('matterDescriptionRequired') },
          schemaRule(shape.description),
        ]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </StepModal>
  );
}
