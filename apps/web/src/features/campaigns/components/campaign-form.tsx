import { CampaignCreateSchema } from '@jiandu/contracts/campaigns';
import type { EnforcementField } from '@jiandu/contracts/fields';
import { Alert, App, Button, Flex, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { FIELD_OPTIONS } from '../../../lib/enforcement-fields.ts';
import { schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateCampaign } from '../api/use-create-campaign.ts';
import { useOrg } from '../api/use-org.ts';
import { usePlanTasks } from '../api/use-plan-tasks.ts';
import { useRegionChoices } from '../api/use-region-choices.ts';
import { showFormProblems } from '../form-problems.ts';
import { t } from '../locale-form.ts';
import { ChecklistEditor, type ChecklistRow } from './checklist-editor.tsx';
import { PeriodFields } from './period-fields.tsx';
import { PlanTaskSelect, usePrefill } from './plan-task-select.tsx';
import { TargetSelect } from './target-select.tsx';

/** The set-up form's values. */
export interface CampaignValues {
  orgId?: string;
  planTaskId?: string;
  title?: string;
  field?: EnforcementField;
  regionCode?: string;
  periodFrom?: Dayjs;
  periodTo?: Dayjs;
  description?: string;
  checklist: ChecklistRow[];
  agencyIds: string[];
}

const ROOTS = [
  'orgId',
  'planTaskId',
  'title',
  'field',
  'regionCode',
  'periodFrom',
  'periodTo',
  'description',
  'checklist',
  'agencyIds',
];

/**
 * 新建专项监督: the organising bureau (the user's own by default), the plan task it carries out (from
 * `?planTaskId=`, which also fills in the task's title, field and dates), field, region (the bureau's
 * own by default), period, what is checked, the checklist and the agencies checked.
 */
export function CampaignForm({ planTaskId }: { planTaskId: string | null }) {
  const [form] = Form.useForm<CampaignValues>();
  const { session, can } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const [error, setError] = useState<string | null>(null);
  const orgId = Form.useWatch('orgId', form);
  const regionCode = Form.useWatch('regionCode', form);
  const org = useOrg(orgId, can('org.read'));
  const regions = useRegionChoices(org.data?.regionCode);
  usePrefill(form, planTaskId);
  // A bureau's campaign covers its own region unless narrowed to a district below it; another
  // bureau brings its own region.
  const regionOf = useRef<string | null>(null);
  useEffect(() => {
    if (!org.data || regionOf.current === org.data.id) return;
    regionOf.current = org.data.id;
    form.setFieldValue('regionCode', /^\d{6}$/.test(org.data.regionCode) ? org.data.regionCode : undefined);
  }, [org.data, form]);
  const tasks = usePlanTasks(Boolean(planTaskId));
  // The bureau a prefilled task belongs to is named even when the org search would not list it.
  const known = [
    ...(session ? [{ value: session.user.orgId, label: session.user.orgName }] : []),
    ...(tasks.data ?? []).map((c) => ({ value: c.orgId, label: c.orgName })),
  ];
  const onFinish = async (v: CampaignValues) => {
    setError(null);
    try {
      const campaign = await create.mutateAsync({
        orgId: v.orgId ?? '',
        planTaskId: v.planTaskId ?? null,
        title: v.title?.trim() ?? '',
        field: v.field!,
        regionCode: v.regionCode ?? '',
        periodFrom: v.periodFrom!.format('YYYY-MM-DD'),
        periodTo: v.periodTo!.format('YYYY-MM-DD'),
        description: v.description?.trim() ?? '',
        checklist: v.checklist.map((r) => ({ code: r.code?.trim() ?? '', text: r.text?.trim() ?? '' })),
        agencyIds: v.agencyIds,
      });
      message.success(t('created'));
      navigate(`/campaigns/${encodeURIComponent(campaign.id)}`, { replace: true });
    } catch (e) {
      if (!showFormProblems(form, e, ROOTS)) setError(problemText(e));
    }
  };
  return (
    <Form<CampaignValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      style={{ maxWidth: 880 }}
      initialValues={{ orgId: session?.user.orgId, checklist: [{ code: 'C1', text: '' }], agencyIds: [] }}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="orgId" label={t('org')} rules={[{ required: true, message: t('orgRequired') }]}>
        <OrgSelect
          kind="supervisor"
          known={known}
          onChange={() => form.setFieldsValue({ agencyIds: [], planTaskId: undefined })}
        />
      </Form.Item>
      <PlanTaskSelect form={form} />
      <Form.Item
        name="title"
        label={t('name')}
        rules={[
          { required: true, whitespace: true, message: t('nameRequired') },
          schemaRule(CampaignCreateSchema.shape.title),
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="field"
          label={t('field')}
          rules={[{ required: true, message: t('fieldRequired') }]}
          style={{ flex: '1 1 220px' }}
        >
          <Select options={FIELD_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('region')}
          rules={[{ required: true, message: t('regionRequired') }]}
          style={{ flex: '1 1 220px' }}
        >
          <Select
            placeholder={t('regionPlaceholder')}
            loading={regions.isFetching}
            options={(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.fullName} (${r.code})` }))}
            onChange={() => form.setFieldValue('agencyIds', [])}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Flex>
      <PeriodFields form={form} />
      <Form.Item
        name="description"
        label={t('description')}
        rules={[
          { required: true, whitespace: true, message: t('descriptionRequired') },
          schemaRule(CampaignCreateSchema.shape.description),
        ]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item label={t('checklist')} required>
        <ChecklistEditor form={form} />
      </Form.Item>
      <TargetSelect form={form} regionCode={regionCode} />
      <Space>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('submit')}
        </Button>
        <Button onClick={() => navigate('..')}>{t('cancel')}</Button>
      </Space>
    </Form>
  );
}
