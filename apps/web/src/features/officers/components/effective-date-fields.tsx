import { DatePicker, Form, Input } from 'antd';
import { t } from '../locale-detail.ts';

interface Props {
  /** A line under the date saying what it means for this change. */
  dateHint?: string;
  reasonRows?: number;
  showCount?: boolean;
}

/** The date a change to an officer or certificate takes effect and why, as each such dialog asks them. */
export function EffectiveDateFields({ dateHint, reasonRows = 2, showCount }: Props) {
  return (
    <>
      <Form.Item
        name="effectiveDate"
        label={t('effectiveDate')}
        extra={dateHint}
        rules={[{ required: true, message: t('dateRequired') }]}
      >
        <DatePicker style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[
          { required: true, whitespace: true, message: t('reasonRequired') },
          { min: 2, message: t('reasonRequired') },
        ]}
      >
        <Input.TextArea rows={reasonRows} maxLength={500} showCount={showCount} />
      </Form.Item>
    </>
  );
}
