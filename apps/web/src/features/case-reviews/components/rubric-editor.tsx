import {
  RUBRIC_SECTIONS,
  type RubricContent,
  type RubricSection,
} from '@jiandu/contracts/case-review-labels';
import type { Rubric } from '@jiandu/contracts/case-reviews';
import { Alert, App, Button, Divider, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { ApiError } from '../../../lib/api.ts';
import { showProblems } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useSaveRubric } from '../api/use-save-rubric.ts';
import { t } from '../locale-rubrics.ts';
import { RubricItems } from './rubric-items.tsx';

/** What the editor does with the rubric it shows. */
export type EditorMode = 'create' | 'update' | 'version' | 'view';

interface Values {
  orgId?: string;
  name: string;
  content: RubricContent;
}

const sectionName = (s: RubricSection) => (s === 'form' ? t('sectionForm') : t('sectionContent'));

/** Creates, edits, versions or shows a rubric: veto items, both sections with their items, grade lines. */
export function RubricEditor({
  mode,
  rubric,
  content,
  onClose,
}: {
  mode: EditorMode;
  rubric: Rubric | null;
  content: RubricContent;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSaveRubric();
  const [error, setError] = useState<string | null>(null);
  const watched = Form.useWatch('content', form) as RubricContent | undefined;
  const sum = (s: RubricSection) =>
    (watched?.sections?.[s]?.items ?? []).reduce((a, i) => a + (Number(i?.maxPoints) || 0), 0);
  const title =
    mode === 'create'
      ? t('editorCreate')
      : mode === 'update'
        ? t('editorEdit')
        : mode === 'version'
          ? t('editorVersion', { version: rubric?.version ?? 1 })
          : t('editorView', { version: rubric?.version ?? 1 });

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      if (mode === 'create')
        await save.mutateAsync({ mode, input: { orgId: v.orgId ?? '', name: v.name, content: v.content } });
      else if (rubric && mode !== 'view')
        await save.mutateAsync({ mode, id: rubric.id, input: { name: v.name, content: v.content } });
      message.success(t('saved'));
      onClose();
    } catch (e) {
      // The first reason above the form, each one on its field.
      showProblems(form, e instanceof ApiError ? (e.problem.errors ?? []) : []);
      setError(problemText(e));
    }
  };

  return (
    <Modal
      open
      width={900}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        mode === 'view' ? (
          <Button onClick={onClose}>{t('close')}</Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              {t('save')}
            </Button>
          </Space>
        )
      }
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={mode === 'view'}
        onFinish={onFinish}
        initialValues={{ orgId: rubric?.orgId, name: rubric?.name ?? '', content }}
      >
        {mode === 'create' ? (
          <Form.Item name="orgId" label={t('org')} rules={[{ required: true, message: t('orgRequired') }]}>
            <OrgSelect kind="supervisor" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('required') }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Divider titlePlacement="start">{t('vetoItems')}</Divider>
        <RubricItems name={['content', 'vetoItems']} points={false} />
        {RUBRIC_SECTIONS.map((s) => (
          <div key={s}>
            <Divider titlePlacement="start">{sectionName(s)}</Divider>
            <Space align="baseline" wrap>
              <Form.Item name={['content', 'sections', s, 'total']} label={t('sectionTotal')}>
                <InputNumber min={0.5} max={1000} step={0.5} />
              </Form.Item>
              <Typography.Text type={sum(s) === watched?.sections?.[s]?.total ? 'secondary' : 'danger'}>
                {t('itemsSum', { sum: sum(s) })}
              </Typography.Text>
            </Space>
            <RubricItems name={['content', 'sections', s, 'items']} points />
          </div>
        ))}
        <Divider titlePlacement="start">{t('grades')}</Divider>
        <Space wrap>
          {(['excellent', 'good', 'pass'] as const).map((g) => (
            <Form.Item key={g} name={['content', 'grades', g]} label={t(g)}>
              <InputNumber min={0} max={1000} step={0.5} />
            </Form.Item>
          ))}
        </Space>
      </Form>
    </Modal>
  );
}
