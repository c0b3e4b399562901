import { RUBRIC_SECTIONS, type RubricSection } from '@jiandu/contracts/case-review-labels';
import type { AssignmentDetail, ScoreSheet } from '@jiandu/contracts/case-review-scoring';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { showProblems } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useSaveSheet } from '../api/use-save-sheet.ts';
import { t } from '../locale-scoring.ts';

interface Values {
  vetoes: Record<string, { on?: boolean; note?: string }>;
  scores: Record<string, number | null | undefined>;
  comment?: string;
}

const sectionName = (s: RubricSection) => (s === 'form' ? t('sectionForm') : t('sectionContent'));

/** The form's values as the sheet the server takes. */
function sheetOf(v: Values): ScoreSheet {
  return {
    vetoes: Object.entries(v.vetoes ?? {})
      .filter(([, x]) => x?.on)
      .map(([code, x]) => ({ code, note: (x.note ?? '').trim() })),
    scores: Object.fromEntries(
      Object.entries(v.scores ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
    ),
    comment: v.comment?.trim() || null,
  };
}

/**
 * The score sheet: veto items (each with why), points per item of 卷面 and 内容 (0 to the item's
 * maximum, half points), a running total and the comment; saved as a draft or submitted.
 */
export function ScoreSheetForm({ detail }: { detail: AssignmentDetail }) {
  const { content } = detail.rubric;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSaveSheet();
  const [error, setError] = useState<string | null>(null);
  const watched = Form.useWatch([], form) as Values | undefined;
  const sheet = sheetOf(watched ?? { vetoes: {}, scores: detail.scores });
  const total = Object.values(sheet.scores).reduce((a, b) => a + b, 0);
  const max = content.sections.form.total + content.sections.content.total;
  const items = RUBRIC_SECTIONS.flatMap((s) => content.sections[s].items);

  const send = async (submit: boolean) => {
    setError(null);
    const values = form.getFieldsValue(true) as Values;
    if (submit) {
      const missing = items.filter((i) => typeof values.scores?.[i.code] !== 'number');
      if (missing.length) {
        form.setFields(missing.map((i) => ({ name: ['scores', i.code], errors: [t('scoreRequired')] })));
        return;
      }
    }
    const vetoMissing = Object.entries(values.vetoes ?? {}).filter(
      ([, x]) => x?.on && (x.note ?? '').trim().length < 4,
    );
    if (vetoMissing.length) {
      form.setFields(
        vetoMissing.map(([code]) => ({ name: ['vetoes', code, 'note'], errors: [t('vetoNoteRequired')] })),
      );
      return;
    }
    try {
      await save.mutateAsync({ id: detail.id, sheet: sheetOf(values), submit });
      message.success(submit ? t('submitted') : t('saved'));
    } catch (e) {
      const problems = e instanceof ApiError ? (e.problem.errors ?? []) : [];
      if (
        !showProblems(
          form,
          problems.filter((p) => p.path.includes('scores')),
        )
      )
        setError(problemText(e));
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      labelWrap
      initialValues={{
        vetoes: Object.fromEntries(detail.vetoes.map((v) => [v.code, { on: true, note: v.note }])),
        scores: detail.scores,
        comment: detail.comment ?? '',
      }}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Typography.Title level={5}>{t('vetoTitle')}</Typography.Title>
      {content.vetoItems.map((v) => (
        <div key={v.code} style={{ marginBottom: 4 }}>
          <Form.Item name={['vetoes', v.code, 'on']} valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{v.label}</Checkbox>
          </Form.Item>
          {watched?.vetoes?.[v.code]?.on ? (
            <Form.Item name={['vetoes', v.code, 'note']} label={t('vetoNote')} style={{ marginLeft: 24 }}>
              <Input.TextArea rows={2} maxLength={500} aria-label={`${v.label} ${t('vetoNote')}`} />
            </Form.Item>
          ) : null}
        </div>
      ))}
      {sheet.vetoes.length ? (
        <Alert type="error" showIcon title={t('vetoed')} style={{ margin: '8px 0 16px' }} />
      ) : null}
      {RUBRIC_SECTIONS.map((s) => (
        <div key={s}>
          <Typography.Title level={5}>
            {t('sectionTotal', { name: sectionName(s), total: content.sections[s].total })}
          </Typography.Title>
          {content.sections[s].items.map((item) => (
            <Form.Item
              key={item.code}
              name={['scores', item.code]}
              label={`${item.code} ${item.label} (${t('max')} ${item.maxPoints})`}
              extra={item.guidance ?? undefined}
              layout="horizontal"
              labelCol={{ flex: '1 1 0' }}
              wrapperCol={{ flex: '0 0 120px' }}
              labelAlign="left"
              colon={false}
              style={{ marginBottom: 8 }}
            >
              <InputNumber min={0} max={item.maxPoints} step={0.5} precision={1} style={{ width: 120 }} />
            </Form.Item>
          ))}
        </div>
      ))}
      <Typography.Title level={5} data-testid="sheet-total">
        {t('runningTotal', { total, max })}
      </Typography.Title>
      <Form.Item name="comment" label={t('comment')}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Space wrap>
        <Button onClick={() => send(false)} loading={save.isPending}>
          {t('saveDraft')}
        </Button>
        <Popconfirm title={t('submitConfirm')} onConfirm={() => send(true)}>
          <Button type="primary" loading={save.isPending}>
            {t('submit')}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
