import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CASE_KINDS } from '@jiandu/contracts/case-labels';
import { PENALTY_TYPES } from '@jiandu/contracts/catalogue-labels';
import type { PublicationPeriod } from '@jiandu/contracts/publicity';
import { Alert, App, Button, Checkbox, Flex, Form, Input, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { useSavePublicationPeriods } from '../api/use-save-publication-periods.ts';
import { kindLabel, penaltyLabel } from '../labels.ts';
import { t } from '../locale-publicity.ts';

type Row = Omit<PublicationPeriod, 'penaltyType' | 'fineBelow' | 'months'> & {
  penaltyType?: PublicationPeriod['penaltyType'] | undefined;
  fineBelow?: number | null | undefined;
  months?: number | null | undefined;
};

/** A rule as the server takes it: cleared fields are null, not missing. */
function toPeriod(row: Row): PublicationPeriod {
  return {
    ...row,
    label: row.label.trim(),
    basis: row.basis.trim(),
    penaltyType: row.penaltyType ?? null,
    fineBelow: row.fineBelow ?? null,
    warningOnly: Boolean(row.warningOnly),
    months: row.months ?? null,
  };
}

let added = 0;
/** A new rule, ranked after the others, kept for three years until set otherwise. */
function newRow(rows: Row[]): Row {
  added += 1;
  return {
    id: `p-${Date.now().toString(36)}-${added}`,
    rank: Math.max(0, ...rows.map((r) => r.rank ?? 0)) + 10,
    label: '',
    kind: 'penalty',
    penaltyType: null,
    fineBelow: null,
    warningOnly: false,
    months: 36,
    basis: '',
  };
}

const cell = { marginBottom: 0 } as const;

/**
 * The period table as an editable grid: rank, name, kind, penalty type, fine below, warning only,
 * months (empty = not published) and basis per rule, saved whole.
 */
export function PeriodEditor({ rows }: { rows: PublicationPeriod[] }) {
  const [form] = Form.useForm<{ rows: Row[] }>();
  const { message } = App.useApp();
  const save = useSavePublicationPeriods();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async () => {
    setError(null);
    // From the whole store, not the submitted fields: each rule's id has no field of its own.
    const rows: Row[] = form.getFieldValue('rows') ?? [];
    try {
      // The page then shows the table as stored, from a fresh editor.
      await save.mutateAsync(rows.map(toPeriod));
      message.success(t('saved'));
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <Form form={form} initialValues={{ rows: [...rows].sort((a, b) => a.rank - b.rank) }} onFinish={onFinish}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form.List
        name="rows"
        rules={[
          {
            validator: async (_, list: Row[]) =>
              list?.length ? undefined : Promise.reject(new Error(t('rowsRequired'))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => {
          const label = (index: number, what: string) => `${t('rowN', { n: index + 1 })} ${what}`;
          return (
            <>
              <Table
                rowKey="key"
                size="small"
                dataSource={fields}
                pagination={false}
                scroll={{ x: 'max-content' }}
                columns={[
                  {
                    title: t('rank'),
                    key: 'rank',
                    render: (_, f, i) => (
                      <Form.Item
                        name={[f.name, 'rank']}
                        style={cell}
                        rules={[{ required: true, message: t('rank') }]}
                      >
                        <InputNumber aria-label={label(i, t('rank'))} precision={0} style={{ width: 72 }} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('label'),
                    key: 'label',
                    render: (_, f, i) => (
                      <Form.Item
                        name={[f.name, 'label']}
                        style={cell}
                        rules={[{ required: true, whitespace: true, min: 2, message: t('labelRequired') }]}
                      >
                        <Input aria-label={label(i, t('label'))} maxLength={50} style={{ width: 180 }} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('kind'),
                    key: 'kind',
                    render: (_, f, i) => (
                      <Form.Item name={[f.name, 'kind']} style={cell}>
                        <Select
                          aria-label={label(i, t('kind'))}
                          options={CASE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
                          popupMatchSelectWidth={false}
                          style={{ width: 130 }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('penaltyType'),
                    key: 'penaltyType',
                    render: (_, f, i) => (
                      <Form.Item name={[f.name, 'penaltyType']} style={cell}>
                        <Select
                          aria-label={label(i, t('penaltyType'))}
                          allowClear
                          placeholder={t('anyPenalty')}
                          options={PENALTY_TYPES.map((p) => ({ value: p, label: penaltyLabel(p) }))}
                          popupMatchSelectWidth={false}
                          style={{ width: 150 }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('fineBelow'),
                    key: 'fineBelow',
                    render: (_, f, i) => (
                      <Form.Item name={[f.name, 'fineBelow']} style={cell}>
                        <InputNumber
                          aria-label={label(i, t('fineBelow'))}
                          min={0}
                          step={1000}
                          style={{ width: 120 }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('warningOnly'),
                    key: 'warningOnly',
                    render: (_, f, i) => (
                      <Form.Item name={[f.name, 'warningOnly']} valuePropName="checked" style={cell}>
                        <Checkbox aria-label={label(i, t('warningOnly'))} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('months'),
                    key: 'months',
                    render: (_, f, i) => (
                      <Form.Item name={[f.name, 'months']} style={cell}>
                        <InputNumber
                          aria-label={label(i, t('months'))}
                          min={1}
                          max={120}
                          precision={0}
                          placeholder={t('notPublished')}
                          style={{ width: 100 }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('basis'),
                    key: 'basis',
                    render: (_, f, i) => (
                      <Form.Item
                        name={[f.name, 'basis']}
                        style={cell}
                        rules={[{ required: true, whitespace: true, min: 2, message: t('basisRequired') }]}
                      >
                        <Input.TextArea
                          aria-label={label(i, t('basis'))}
                          maxLength={200}
                          autoSize={{ minRows: 1, maxRows: 3 }}
                          style={{ width: 280 }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('actions'),
                    key: 'remove',
                    render: (_, f, i) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('removeRow', { n: i + 1 })}
                        onClick={() => remove(f.name)}
                      />
                    ),
                  },
                ]}
              />
              <Form.ErrorList errors={errors} />
              <Flex gap={8} wrap style={{ marginTop: 12 }}>
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add(newRow(form.getFieldValue('rows') ?? []))}
                >
                  {t('addRow')}
                </Button>
                <Button onClick={() => form.resetFields()}>{t('reset')}</Button>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('save')}
                </Button>
              </Flex>
            </>
          );
        }}
      </Form.List>
    </Form>
  );
}
