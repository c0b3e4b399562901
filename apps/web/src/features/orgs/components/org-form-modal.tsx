import { ORG_KINDS, type Org, type OrgKind } from '@jiandu/contracts/orgs';
import { App, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateOrg } from '../api/use-create-org.ts';
import { useOrg } from '../api/use-org.ts';
import { useUpdateOrg } from '../api/use-update-org.ts';
import { kindLabel, t } from '../locale.ts';
import { creditCodeRules, nameRules, shortNameRules } from '../org-rules.ts';
import { OrgTreeSelect } from './org-tree-select.tsx';
import { RegionCascader } from './region-cascader.tsx';

interface Values {
  parentId?: string | undefined;
  name: string;
  shortName?: string;
  kind: OrgKind;
  regionCode: string;
  creditCode?: string;
  sortOrder?: number | null;
}

const FIELDS = ['parentId', 'name', 'shortName', 'kind', 'regionCode', 'creditCode', 'sortOrder'] as const;

interface Props {
  /** The org to edit; without it a new one is created. */
  org?: Org | undefined;
  /** Where a new org goes unless the user picks another parent. */
  defaultParentId?: string | null | undefined;
  onClose: () => void;
}

/** Creates or edits an org; mounted only while open, so each opening starts from fresh values. */
export function OrgFormModal({ org, defaultParentId, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateOrg();
  const update = useUpdateOrg();
  const [error, setError] = useState<string | null>(null);
  const chosenParent = Form.useWatch('parentId', form);
  const parent = useOrg(org ? org.parentId : (chosenParent ?? defaultParentId));
  const saving = create.isPending || update.isPending;

  const initialValues: Partial<Values> = org
    ? {
        name: org.name,
        shortName: org.shortName ?? '',
        kind: org.kind,
        regionCode: org.regionCode,
        creditCode: org.creditCode ?? '',
        sortOrder: org.sortOrder,
      }
    : { parentId: defaultParentId ?? undefined, sortOrder: 0 };

  const onFinish = async (v: Values) => {
    setError(null);
    const body = {
      name: v.name.trim(),
      shortName: v.shortName?.trim() || null,
      kind: v.kind,
      regionCode: v.regionCode,
      creditCode: v.creditCode?.trim().toUpperCase() || null,
      sortOrder: v.sortOrder ?? 0,
    };
    try {
      if (org) {
        await update.mutateAsync({ id: org.id, changes: body });
        message.success(t('saved'));
      } else {
        await create.mutateAsync({ ...body, parentId: v.parentId ?? null });
        message.success(t('created'));
      }
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, FIELDS);
      setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={org ? t('editTitle') : t('createTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      width={600}
      onClose={onClose}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {org ? null : (
          <Form.Item name="parentId" label={t('parent')}>
            <OrgTreeSelect placeholder={t('parentPlaceholder')} allowClear />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('name')} rules={nameRules}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="shortName" label={t('shortName')} rules={shortNameRules}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('kindRequired') }]}>
          <Select options={ORG_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('region')}
          rules={[{ required: true, message: t('regionRequired') }]}
        >
          <RegionCascader placeholder={t('regionPlaceholder')} rootCode={parent.data?.regionCode ?? null} />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('creditCode')}
          rules={creditCodeRules}
          normalize={(v: string) => v.toUpperCase()}
        >
          <Input maxLength={18} placeholder={t('creditPlaceholder')} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('sortOrder')} extra={t('sortOrderHint')}>
          <InputNumber min={0} max={99_999} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
