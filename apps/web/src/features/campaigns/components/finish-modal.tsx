import { type Campaign, CampaignFinishSchema } from '@jiandu/contracts/campaigns';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useFinishCampaign } from '../api/use-finish-campaign.ts';
import { t } from '../locale.ts';

/**
 * 结束专项监督: the conclusion; the server refuses while an agency is unchecked and names it, and
 * that reason shows above the form.
 */
export function FinishModal({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const [form] = Form.useForm<{ conclusion: string }>();
  const { message } = App.useApp();
  const finish = useFinishCampaign(campaign.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ conclusion }: { conclusion: string }) => {
    setError(null);
    try {
      await finish.mutateAsync(conclusion.trim());
      message.success(t('finished'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['conclusion'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('finishTitle')}
      okText={t('finish')}
      cancelText={t('cancel')}
      confirmLoading={finish.isPending}
      onClose={onClose}
      width={600}
      intro={<Alert type="info" showIcon title={t('finishHint')} style={{ marginBottom: 16 }} />}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="conclusion"
          label={t('conclusion')}
          rules={[
            { required: true, whitespace: true, message: t('conclusionRequired') },
            schemaRule(CampaignFinishSchema.shape.conclusion),
          ]}
        >
          <Input.TextArea rows={6} maxLength={8000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
