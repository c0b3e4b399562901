import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ChecklistItemSchema } from '@jiandu/contracts/campaigns';
import { Button, Flex, Form, type FormInstance, Input } from 'antd';
import { schemaRule } from '../../../lib/form-errors.ts';
import { t } from '../locale-form.ts';

/** One row of the checklist as the form holds it. */
export interface ChecklistRow {
  code?: string;
  text?: string;
}

/** The next free code in the C1, C2 … series. */
export function nextCode(rows: readonly ChecklistRow[]): string {
  const used = new Set(rows.map((r) => r?.code?.trim()));
  let n = rows.length + 1;
  for (let i = 1; i <= rows.length + 1; i += 1)
    if (!used.has(`C${i}`)) {
      n = i;
      break;
    }
  return `C${n}`;
}

/**
 * 检查清单: rows of code and item, added and removed at will; codes are checked for the pattern and
 * for repeats here, as the server checks them.
 */
export function ChecklistEditor({ form }: { form: FormInstance }) {
  const uniqueAt = (index: number) => ({
    validator: async (_: unknown, value: string | undefined) => {
      if (!value) return;
      const rows = (form.getFieldValue('checklist') ?? []) as ChecklistRow[];
      if (rows.some((r, i) => i !== index && r?.code?.trim() === value.trim()))
        throw new Error(t('codeDuplicate'));
    },
  });
  return (
    <Form.List
      name="checklist"
      rules={[
        {
          validator: async (_, rows: ChecklistRow[] | undefined) => {
            if (!rows?.length) throw new Error(t('checklistRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={0}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start">
              <Form.Item
                name={[field.name, 'code']}
                rules={[
                  { required: true, whitespace: true, message: t('codeRequired') },
                  schemaRule(ChecklistItemSchema.shape.code),
                  uniqueAt(field.name),
                ]}
                style={{ width: 96, marginBottom: 12 }}
              >
                <Input aria-label={`${t('code')} ${index + 1}`} maxLength={12} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'text']}
                rules={[
                  { required: true, whitespace: true, message: t('itemRequired') },
                  schemaRule(ChecklistItemSchema.shape.text),
                ]}
                style={{ flex: 1, minWidth: 0, marginBottom: 12 }}
              >
                <Input aria-label={`${t('item')} ${index + 1}`} maxLength={300} />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('removeItem', {
                  code: form.getFieldValue(['checklist', field.name, 'code']) ?? '',
                })}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ code: nextCode(form.getFieldValue('checklist') ?? []), text: '' })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('addItem')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
