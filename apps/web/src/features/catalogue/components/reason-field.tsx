import { Form, Input } from 'antd';
import { t } from '../locale-editor.ts';

/** 调整原因: why the item or benchmark changes, kept in the adjustment log. */
export function ReasonField({ required }: { required: boolean }) {
  return (
    <Form.Item
      name="reason"
      label={t('reason')}
      extra={t('reasonHint')}
      rules={required ? [{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }] : []}
    >
      <Input.TextArea rows={2} maxLength={500} showCount />
    </Form.Item>
  );
}
