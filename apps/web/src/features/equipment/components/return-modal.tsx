import type { EquipmentIssue } from '@jiandu/contracts/equipment';
import { App, DatePicker, Descriptions, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useReturnIssue } from '../api/use-return-issue.ts';
import { t } from '../locale.ts';

interface Values {
  returnedOn: Dayjs;
  quantity: number;
  note?: string;
}

/** Takes back all or part of what is still in use. */
export function ReturnModal({ issue, onClose }: { issue: EquipmentIssue; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const back = useReturnIssue();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await back.mutateAsync({
        id: issue.id,
        input: {
          returnedOn: v.returnedOn.format('YYYY-MM-DD'),
          quantity: v.quantity,
          note: v.note?.trim() || null,
        },
      });
      message.success(t('returnedOk'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['returnedOn', 'quantity', 'note'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('returnTitle', { item: issue.itemName })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={back.isPending}
      onClose={onClose}
      intro={
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('org')} span={2}>
            {issue.orgName}
            {issue.officerName ? ` · ${issue.officerName}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('quantity')}>{issue.quantity}</Descriptions.Item>
          <Descriptions.Item label={t('issuedOn')}>{issue.issuedOn}</Descriptions.Item>
          <Descriptions.Item label={t('returned')}>{issue.returnedQuantity}</Descriptions.Item>
          <Descriptions.Item label={t('inUse')}>
            <strong>{issue.inUse}</strong>
          </Descriptions.Item>
        </Descriptions>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ returnedOn: shanghaiToday(), quantity: issue.inUse }}
      >
        <Form.Item
          name="returnedOn"
          label={t('returnedOn')}
          rules={[{ required: true, message: t('dateRequired') }]}
        >
          <DatePicker
            style={{ width: 180 }}
            disabledDate={(d) =>
              d.isAfter(shanghaiToday(), 'day') || d.isBefore(dayjs(issue.issuedOn), 'day')
            }
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('returnQuantity')}
          extra={t('returnQuantityHint', { n: issue.inUse })}
          rules={[{ required: true, message: t('quantityRequired') }]}
        >
          <InputNumber min={1} max={issue.inUse} precision={0} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="note" label={t('returnNote')}>
          <Input maxLength={300} placeholder={t('returnNotePlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
