import type { MatterDetail } from '@jiandu/contracts/matters';
import { Alert, App, Checkbox, Form, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAssignSupervisors } from '../api/use-assign-supervisors.ts';
import { useSupervisorCandidates } from '../api/use-supervisor-candidates.ts';
import { t } from '../locale-matter.ts';

/**
 * 指派监督人员: the supervising office's holders of a valid 监督证, the ones already assigned
 * ticked; two or more must be chosen.
 */
export function AssignModal({ matter, onClose }: { matter: MatterDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ officerIds: string[] }>();
  const { message } = App.useApp();
  const candidates = useSupervisorCandidates(matter.id);
  const assign = useAssignSupervisors(matter.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ officerIds }: { officerIds: string[] }) => {
    setError(null);
    try {
      await assign.mutateAsync({ officerIds });
      message.success(t('assigned'));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, ['officerIds']);
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error ?? (candidates.error ? problemText(candidates.error) : null)}
      title={t('assignTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={assign.isPending}
      okButtonProps={{ disabled: !candidates.data?.length }}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('assignHint')} style={{ marginBottom: 16 }} />}
    >
      {candidates.isLoading ? <Skeleton active /> : null}
      {candidates.data && candidates.data.length === 0 ? (
        <Typography.Text type="secondary">{t('noCandidates')}</Typography.Text>
      ) : null}
      {candidates.data?.length ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ officerIds: matter.supervisors.map((s) => s.officerId) }}
        >
          <Form.Item
            name="officerIds"
            label={t('supervisors')}
            rules={[
              {
                validator: async (_, v: string[] | undefined) => {
                  if (!v || v.length < 2) throw new Error(t('pickTwo'));
                },
              },
            ]}
          >
            <Checkbox.Group style={{ display: 'grid', gap: 8 }}>
              {candidates.data.map((c) => (
                <Checkbox key={c.officerId} value={c.officerId}>
                  <span>{c.name}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                    {t('certificate', { number: c.certificateNumber })}
                    {c.validUntil ? ` · ${t('validUntil', { on: c.validUntil })}` : ''}
                  </Typography.Text>
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        </Form>
      ) : null}
    </FormModal>
  );
}
