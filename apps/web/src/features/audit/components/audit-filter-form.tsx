import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { AuditFilters } from '../api/use-audit-events.ts';
import { actionFilterOptions, targetTypeOptions } from '../labels.ts';
import { t } from '../locale.ts';

interface FormValues {
  actor?: string;
  action?: string;
  targetType?: string;
  result?: 'success' | 'failure';
  range?: [Dayjs | null, Dayjs | null] | null;
}

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** The audit search filters; the time range is sent as ISO timestamps. */
export function AuditFilterForm({
  onSearch,
  extra,
}: {
  onSearch: (filters: AuditFilters) => void;
  extra?: ReactNode;
}) {
  const [form] = Form.useForm<FormValues>();
  const submit = (values: FormValues) => {
    const [from, to] = values.range ?? [];
    onSearch({
      actor: blank(values.actor),
      action: blank(values.action),
      targetType: values.targetType,
      result: values.result,
      from: from ? from.startOf('minute').toISOString() : undefined,
      to: to ? to.endOf('minute').toISOString() : undefined,
    });
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={8} xl={4}>
          <Form.Item label={t('actor')} name="actor">
            <Input allowClear placeholder={t('actorPlaceholder')} maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8} xl={5}>
          <Form.Item label={t('action')} name="action">
            <AutoComplete allowClear options={actionFilterOptions()} placeholder={t('actionPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} lg={8} xl={4}>
          <Form.Item label={t('targetType')} name="targetType">
            <Select allowClear placeholder={t('any')} options={targetTypeOptions()} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} lg={6} xl={3}>
          <Form.Item label={t('result')} name="result">
            <Select
              allowClear
              placeholder={t('any')}
              options={[
                { value: 'success', label: t('success') },
                { value: 'failure', label: t('failure') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={24} lg={18} xl={8}>
          <Form.Item label={t('timeRange')} name="range">
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <div className="page-toolbar" style={{ justifyContent: 'space-between' }}>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            {t('reset')}
          </Button>
        </Space>
        {extra}
      </div>
    </Form>
  );
}
