import { DatePicker, Flex, Form, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { t } from '../locale-form.ts';

/** 监督期间: the campaign's first and last day; the last may not come before the first. */
export function PeriodFields({ form }: { form: FormInstance }) {
  const notBeforeStart = {
    validator: async (_: unknown, value: Dayjs | undefined) => {
      const from = form.getFieldValue('periodFrom') as Dayjs | undefined;
      if (value && from && value.isBefore(from, 'day')) throw new Error(t('endBeforeStart'));
    },
  };
  return (
    <Flex gap={12} wrap>
      <Form.Item
        name="periodFrom"
        label={t('periodFrom')}
        rules={[{ required: true, message: t('dateRequired') }]}
        style={{ flex: '1 1 200px' }}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="periodTo"
        label={t('periodTo')}
        dependencies={['periodFrom']}
        rules={[{ required: true, message: t('dateRequired') }, notBeforeStart]}
        style={{ flex: '1 1 200px' }}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </Flex>
  );
}
