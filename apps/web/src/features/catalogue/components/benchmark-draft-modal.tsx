import { PlusOutlined } from '@ant-design/icons';
import { benchmarkProblems, type ItemDetail } from '@jiandu/contracts/catalogue';
import { Alert, App, Button, Col, Divider, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useSaveBenchmarkDraft } from '../api/use-save-draft.ts';
import {
  type BenchmarkValues,
  benchmarkValues,
  emptyTier,
  type TierValues,
  toBenchmarkContent,
} from '../benchmark-form.ts';
import { showContentProblems, showServerErrors } from '../form-errors.ts';
import { t } from '../locale-editor.ts';
import { ListEntryFields } from './list-entry-fields.tsx';
import { ReasonField } from './reason-field.tsx';
import { TierFields } from './tier-fields.tsx';

interface Values {
  content: BenchmarkValues;
  reason?: string;
}

/**
 * Edits the item's discretion benchmark: the document it comes from, a tier per circumstance with
 * its penalties and fine, and the 首违不罚 / 不予处罚 lists. A published benchmark gets a new version.
 */
export function BenchmarkDraftModal({ detail, onClose }: { detail: ItemDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSaveBenchmarkDraft(detail.item.id);
  const [error, setError] = useState<string | null>(null);
  const { current, pending } = detail.benchmark;
  const start = pending ?? current;

  const onFinish = async (v: Values) => {
    setError(null);
    const content = toBenchmarkContent(v.content);
    if (showContentProblems(form, benchmarkProblems(content))) {
      setError(t('fixMarked'));
      return;
    }
    try {
      await save.mutateAsync({ content, reason: v.reason?.trim() || null });
      message.success(t('saved'));
      onClose();
    } catch (e) {
      setError(showServerErrors(form, e, ['reason']) ? t('fixMarked') : problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      width={960}
      title={t('benchmarkFormTitle', { name: detail.item.name })}
      okText={t('saveDraft')}
      cancelText={t('cancel')}
      confirmLoading={save.isPending}
      onClose={onClose}
      intro={
        current && !pending ? (
          <Alert type="info" showIcon title={t('newVersionHint')} style={{ marginBottom: 16 }} />
        ) : null
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ content: benchmarkValues(start?.content), reason: pending?.reason ?? '' }}
        onFinish={onFinish}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item
              name={['content', 'document']}
              label={t('document')}
              rules={[{ required: true, whitespace: true, message: t('documentRequired') }]}
            >
              <Input maxLength={200} placeholder={t('documentPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['content', 'documentNumber']} label={t('documentNumber')}>
              <Input maxLength={60} placeholder={t('documentNumberPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('tiers')}</Divider>
        <Form.List name={['content', 'tiers']}>
          {(items, { add, remove }, { errors }) => (
            <>
              {items.map(({ key, name }, index) => (
                <TierFields
                  key={key}
                  tier={name}
                  index={index}
                  onRemove={items.length > 1 ? () => remove(name) : null}
                />
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                disabled={items.length >= 5}
                onClick={() => {
                  const tiers: TierValues[] = form.getFieldValue(['content', 'tiers']) ?? [];
                  add(emptyTier(tiers.map((tier) => tier.circumstance)));
                }}
              >
                {t('addTier')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t('lists')}</Divider>
        <ListEntryFields />
        <Divider />
        <ReasonField required={Boolean(current)} />
      </Form>
    </FormModal>
  );
}
