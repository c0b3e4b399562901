import { type ItemDetail, itemProblems } from '@jiandu/contracts/catalogue';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useSaveItemDraft } from '../api/use-save-draft.ts';
import { showContentProblems, showServerErrors } from '../form-errors.ts';
import { type ItemContentValues, itemContentValues, toItemContent } from '../item-form.ts';
import { t } from '../locale-editor.ts';
import { ItemContentFields } from './item-content-fields.tsx';
import { ReasonField } from './reason-field.tsx';

interface Values {
  content: ItemContentValues;
  reason?: string;
}

/**
 * Edits the item's content. A draft is changed in place; a published item gets a new version,
 * which needs a reason for the adjustment log.
 */
export function ItemDraftModal({ detail, onClose }: { detail: ItemDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSaveItemDraft(detail.item.id);
  const [error, setError] = useState<string | null>(null);
  const start = detail.pending ?? detail.current;
  const adjusting = Boolean(detail.current) && !detail.pending;

  const onFinish = async (v: Values) => {
    setError(null);
    const content = toItemContent(v.content);
    if (showContentProblems(form, itemProblems(content))) return;
    try {
      await save.mutateAsync({ content, reason: v.reason?.trim() || null });
      message.success(t('saved'));
      onClose();
    } catch (e) {
      if (!showServerErrors(form, e, ['reason'])) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      width={860}
      title={t('itemFormTitle', { code: detail.item.code })}
      okText={t('saveDraft')}
      cancelText={t('cancel')}
      confirmLoading={save.isPending}
      onClose={onClose}
      intro={
        adjusting ? (
          <Alert type="info" showIcon title={t('newVersionHint')} style={{ marginBottom: 16 }} />
        ) : null
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          content: itemContentValues(start?.content),
          reason: detail.pending?.reason ?? '',
        }}
        onFinish={onFinish}
        scrollToFirstError
      >
        <ItemContentFields />
        <ReasonField required={Boolean(detail.current)} />
      </Form>
    </FormModal>
  );
}
