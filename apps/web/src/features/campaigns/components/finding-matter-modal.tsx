import { type Campaign, type CampaignFinding, FindingMatterSchema } from '@jiandu/contracts/campaigns';
import { MATTER_MODES, type MatterMode, type MatterProblem } from '@jiandu/contracts/matter-labels';
import { Alert, App, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useFindingMatter } from '../api/use-finding-matter.ts';
import { modeLabel, PROBLEM_OPTIONS } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  title?: string;
  mode?: MatterMode;
  problems?: MatterProblem[];
}

/**
 * 转为监督事项: a problem found becomes a supervision matter against the agency, of the campaign
 * track; its description quotes the checklist item and the note, so only title, mode and problems
 * are asked for.
 */
export function FindingMatterModal({
  campaign,
  finding,
  onClose,
}: {
  campaign: Campaign;
  finding: CampaignFinding;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const open = useFindingMatter(campaign.id, finding.id);
  const [error, setError] = useState<string | null>(null);
  const item = campaign.checklist.find((i) => i.code === finding.itemCode);
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      const matter = await open.mutateAsync({
        title: values.title?.trim() ?? '',
        mode: values.mode!,
        problems: values.problems ?? [],
      });
      message.success(t('matterOpened', { number: matter.number }));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['title', 'mode', 'problems'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('matterTitle')}
      okText={t('open')}
      cancelText={t('cancel')}
      confirmLoading={open.isPending}
      onClose={onClose}
      width={600}
      intro={
        <Alert
          type="warning"
          showIcon
          title={t('matterFrom', {
            agency: finding.agencyName,
            code: finding.itemCode,
            item: item?.text ?? '',
          })}
          description={
            <>
              {finding.note}
              <br />
              {t('matterHint')}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="title"
          label={t('matterName')}
          rules={[
            { required: true, whitespace: true, message: t('matterNameRequired') },
            schemaRule(FindingMatterSchema.shape.title),
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="mode" label={t('mode')} rules={[{ required: true, message: t('modeRequired') }]}>
          <Radio.Group options={MATTER_MODES.map((m) => ({ value: m, label: modeLabel(m) }))} />
        </Form.Item>
        <Form.Item
          name="problems"
          label={t('problemTypes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('problemsRequired') }]}
        >
          <Select mode="multiple" options={PROBLEM_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
