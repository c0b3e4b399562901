import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { ItemCodeSchema, itemProblems } from '@jiandu/contracts/catalogue';
import { App, Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { ApiError } from '../../../lib/api.ts';
import { schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateItem } from '../api/use-create-item.ts';
import { showContentProblems, showServerErrors } from '../form-errors.ts';
import { type ItemContentValues, itemContentValues, toItemContent } from '../item-form.ts';
import { t } from '../locale-editor.ts';
import { ItemContentFields } from './item-content-fields.tsx';
import { ReasonField } from './reason-field.tsx';

interface Values {
  agencyId?: string;
  code?: string;
  content: ItemContentValues;
  reason?: string;
}

interface Props {
  /** The agency the list is filtered on, if any, as the default. */
  defaultAgencyId?: string | undefined;
  onClose: () => void;
  onCreated: (detail: ItemDetail) => void;
}

/** 新增事项: an agency's new item, saved as a first draft to submit for review later. */
export function CreateItemModal({ defaultAgencyId, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateItem();
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (v: Values) => {
    setError(null);
    const content = toItemContent(v.content);
    if (showContentProblems(form, itemProblems(content))) return;
    try {
      const detail = await create.mutateAsync({
        agencyId: v.agencyId ?? '',
        code: v.code?.trim() ?? '',
        content,
        reason: v.reason?.trim() || null,
      });
      message.success(t('created'));
      onCreated(detail);
    } catch (e) {
      if (e instanceof ApiError && e.problem.code === 'CONFLICT')
        form.setFields([{ name: 'code', errors: [e.problem.detail] }]);
      else if (!showServerErrors(form, e, ['agencyId', 'code', 'reason'])) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      width={860}
      title={t('createTitle')}
      okText={t('saveDraft')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ agencyId: defaultAgencyId, content: itemContentValues(null) }}
        onFinish={onFinish}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="agencyId"
              label={t('agency')}
              rules={[{ required: true, message: t('agencyRequired') }]}
            >
              <OrgSelect kind="agency" aria-label={t('agency')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="code"
              label={t('code')}
              extra={t('codeHint')}
              rules={[
                { required: true, whitespace: true, message: t('codeRequired') },
                schemaRule(ItemCodeSchema),
              ]}
            >
              <Input maxLength={40} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        </Row>
        <ItemContentFields />
        <ReasonField required={false} />
      </Form>
    </FormModal>
  );
}
