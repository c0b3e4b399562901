import { type Campaign, FINDING_RESULTS, type FindingResult } from '@jiandu/contracts/campaigns';
import { Alert, App, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useRecordCheck } from '../api/use-record-check.ts';
import { showFormProblems } from '../form-problems.ts';
import { resultLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  results: { result?: FindingResult; note?: string }[];
}

const fieldset = { border: '1px solid #f0f0f0', borderRadius: 4, padding: '8px 12px 0', margin: '0 0 12px' };

/**
 * 记录检查结果: one agency against each checklist item (符合要求 / 存在问题, with a note that is
 * required for a problem), prefilled with what was recorded before; an item whose problem already
 * became a matter is shown, not sent again.
 */
export function CheckModal({
  campaign,
  agency,
  onClose,
}: {
  campaign: Campaign;
  agency: { agencyOrgId: string; agencyName: string };
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const record = useRecordCheck(campaign.id);
  const [error, setError] = useState<string | null>(null);
  const recorded = (code: string) =>
    campaign.findings.find((f) => f.agencyOrgId === agency.agencyOrgId && f.itemCode === code);
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      await record.mutateAsync({
        agencyOrgId: agency.agencyOrgId,
        results: campaign.checklist.flatMap((item, i) => {
          const row = values.results[i];
          if (recorded(item.code)?.matterId || !row?.result) return [];
          return [{ itemCode: item.code, result: row.result, note: row.note?.trim() ?? '' }];
        }),
      });
      message.success(t('checkSaved'));
      onClose();
    } catch (e) {
      if (!showFormProblems(form, e, [])) setError(problemText(e));
    }
  };
  const noteRule = (i: number) => ({
    validator: async (_: unknown, note: string | undefined) => {
      const result = form.getFieldValue(['results', i, 'result']) as FindingResult | undefined;
      if (result === 'problem' && (note?.trim().length ?? 0) < 4) throw new Error(t('noteRequired'));
    },
  });
  return (
    <FormModal
      form={form}
      error={error}
      title={t('checkTitle', { agency: agency.agencyName })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={record.isPending}
      onClose={onClose}
      width={680}
      intro={<Alert type="info" showIcon title={t('checkHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          results: campaign.checklist.map((item) => {
            const f = recorded(item.code);
            return { result: f?.result, note: f?.note ?? '' };
          }),
        }}
      >
        {campaign.checklist.map((item, i) => {
          const locked = recorded(item.code);
          return (
            <fieldset key={item.code} style={fieldset}>
              <legend
                style={{ fontWeight: 600, fontSize: 14, padding: '0 4px', width: 'auto', marginBottom: 4 }}
              >
                {item.code} {item.text}
              </legend>
              {locked?.matterId ? (
                <Typography.Paragraph type="secondary">
                  {resultLabel(locked.result)}: {locked.note}
                  <br />
                  {t('locked', { number: locked.matterNumber ?? '' })}
                </Typography.Paragraph>
              ) : (
                <>
                  <Form.Item
                    name={['results', i, 'result']}
                    rules={[{ required: true, message: t('resultRequired') }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Radio.Group
                      options={FINDING_RESULTS.map((r) => ({ value: r, label: resultLabel(r) }))}
                      onChange={() => form.validateFields([['results', i, 'note']]).catch(() => undefined)}
                    />
                  </Form.Item>
                  <Form.Item name={['results', i, 'note']} label={t('note')} rules={[noteRule(i)]}>
                    <Input.TextArea rows={2} maxLength={2000} placeholder={t('notePlaceholder')} />
                  </Form.Item>
                </>
              )}
            </fieldset>
          );
        })}
      </Form>
    </FormModal>
  );
}
