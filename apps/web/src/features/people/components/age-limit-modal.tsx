import type { Org } from '@jiandu/contracts/orgs';
import { AgeLimitUpdateSchema } from '@jiandu/contracts/people';
import { Alert, App, Button, Descriptions, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useAgeLimit } from '../api/use-age-limit.ts';
import { useClearAgeLimit } from '../api/use-clear-age-limit.ts';
import { useOrg } from '../api/use-org.ts';
import { useSetAgeLimit } from '../api/use-set-age-limit.ts';
import { t } from '../locale.ts';

interface Values {
  minAge: number;
  maxAge: number;
}

/**
 * The age limits for appointing invited supervisors in a justice department's region: what applies
 * (its own, inherited from above, or the default) and, for those who manage the pool, setting them.
 */
export function AgeLimitModal({ onClose }: { onClose: () => void }) {
  const { can, session } = useSession();
  const canWrite = can('pool.write');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [org, setOrg] = useState<Org | undefined>();
  const own = useOrg(session?.user.orgId, can('org.read'));
  // Start from the user's own justice department, the region they are most likely to look at.
  useEffect(() => {
    if (own.data?.kind === 'supervisor') setOrg((current) => current ?? own.data);
  }, [own.data]);
  const limit = useAgeLimit(org?.regionCode);
  const save = useSetAgeLimit();
  const clear = useClearAgeLimit();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (limit.data) form.setFieldsValue({ minAge: limit.data.minAge, maxAge: limit.data.maxAge });
  }, [limit.data, form]);
  const onFinish = async (v: Values) => {
    setError(null);
    const parsed = AgeLimitUpdateSchema.safeParse(v);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '');
    try {
      await save.mutateAsync({ regionCode: org!.regionCode, input: parsed.data });
      message.success(t('saved'));
    } catch (e) {
      setError(problemText(e));
    }
  };
  const ownRow = limit.data && !limit.data.inherited;
  return (
    <Modal open title={t('ageLimitsTitle')} footer={null} onCancel={onClose} width={560}>
      <Typography.Paragraph type="secondary">{t('ageLimitsIntro')}</Typography.Paragraph>
      <OrgSelect
        aria-label={t('appointingOrg')}
        placeholder={t('chooseSupervisorOrg')}
        kind="supervisor"
        value={org?.id}
        onChange={(id) => id || setOrg(undefined)}
        onPickOrg={setOrg}
        known={org ? [{ value: org.id, label: org.name }] : []}
        style={{ width: '100%', marginBottom: 16 }}
      />
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      {limit.error ? <Alert type="error" showIcon title={problemText(limit.error)} /> : null}
      {limit.data ? (
        <>
          <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('region')}>{limit.data.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('ageRange')}>
              {t('ageRangeValue', { min: limit.data.minAge, max: limit.data.maxAge })}
            </Descriptions.Item>
            <Descriptions.Item label={t('limitSource')}>
              {limit.data.inherited
                ? t('inheritedFrom', { where: limit.data.sourceName ?? t('defaultLimits') })
                : t('ownSetting')}
            </Descriptions.Item>
          </Descriptions>
          {canWrite ? (
            <Form<Values> form={form} layout="inline" onFinish={onFinish}>
              <Form.Item
                name="minAge"
                label={t('minAge')}
                rules={[{ required: true, message: t('required') }]}
              >
                <InputNumber min={16} max={80} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item
                name="maxAge"
                label={t('maxAge')}
                rules={[{ required: true, message: t('required') }]}
              >
                <InputNumber min={16} max={80} style={{ width: 90 }} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('setForRegion')}
                </Button>
                {ownRow ? (
                  <Button
                    loading={clear.isPending}
                    onClick={() =>
                      clear
                        .mutateAsync(org!.regionCode)
                        .then(() => {
                          message.success(t('cleared'));
                        })
                        .catch((e: unknown) => setError(problemText(e)))
                    }
                  >
                    {t('inheritAgain')}
                  </Button>
                ) : null}
              </Space>
            </Form>
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
