import { ArrowLeftOutlined } from '@ant-design/icons';
import { COMPLAINT_CATEGORIES } from '@jiandu/contracts/complaint-labels';
import { ComplaintEntrySchema } from '@jiandu/contracts/complaints';
import { Alert, Button, Card, Col, DatePicker, Divider, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { shanghaiToday } from '../../../lib/dates.ts';
import { schemaRule, showProblems } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { type ComplaintRegistered, useRegisterComplaint } from '../api/use-register-complaint.ts';
import { ComplaintReceipt } from '../components/complaint-receipt.tsx';
import { EntryIdentityFields } from '../components/entry-identity-fields.tsx';
import { EntryTargetFields } from '../components/entry-target-fields.tsx';
import { ENTRY_FIELDS, type EntryValues, entryBody } from '../entry-body.ts';
import { categoryLabel, channelLabel } from '../labels.ts';
import { t } from '../locale-entry.ts';

const shape = ComplaintEntrySchema.shape;
const CHANNELS = shape.channel.options;
type Problem = { path: string; message: string };

/** Problems on the form's fields go there; the rest (who, what about) are said above the form. */
function place(form: ReturnType<typeof Form.useForm<EntryValues>>[0], problems: Problem[]): string[] {
  const clean = problems.map((p) => ({ ...p, path: p.path.replace(/^body[./]/, '') }));
  const known = (p: Problem) => (ENTRY_FIELDS as readonly string[]).includes(p.path);
  showProblems(form, clean.filter(known));
  return clean.filter((p) => !known(p)).map((p) => p.message);
}

/**
 * 登记投诉举报: a complaint received by phone, letter, visit or from a petition office, checked
 * with the contract before it is sent; then the tracking code and password to tell the complainant.
 */
export function ComplaintEntryPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<EntryValues>();
  const register = useRegisterComplaint();
  const [error, setError] = useState<{ title: string; lines: string[] } | null>(null);
  const [done, setDone] = useState<ComplaintRegistered | null>(null);

  const onFinish = async (values: EntryValues) => {
    setError(null);
    const body = entryBody(values);
    const checked = ComplaintEntrySchema.safeParse(body);
    if (!checked.success) {
      const lines = place(
        form,
        checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
      if (lines.length) setError({ title: t('failed'), lines });
      return;
    }
    try {
      setDone(await register.mutateAsync(body));
      window.scrollTo({ top: 0 });
    } catch (e) {
      const lines = e instanceof ApiError ? place(form, e.problem.errors ?? []) : [];
      setError({ title: problemText(e), lines });
    }
  };
  const back = (
    <Link to="/complaints">
      <ArrowLeftOutlined aria-hidden /> {t('back')}
    </Link>
  );
  if (done)
    return (
      <Card title={back}>
        <ComplaintReceipt
          done={done}
          onAnother={() => {
            setDone(null);
            form.resetFields();
          }}
        />
      </Card>
    );
  return (
    <Card
      title={
        <Space wrap>
          {back}
          <span>{t('title')}</span>
        </Space>
      }
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error.title}
          description={error.lines.length ? error.lines.join('; ') : undefined}
          style={{ marginBottom: 16 }}
          data-testid="entry-error"
        />
      ) : null}
      <Form<EntryValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          channel: 'phone',
          receivedOn: shanghaiToday(),
          anonymous: false,
          confidential: false,
        }}
        scrollToFirstError
        style={{ maxWidth: 960 }}
      >
        <Divider titlePlacement="start">{t('sectionSource')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="channel"
              label={t('channel')}
              rules={[{ required: true, message: t('channelRequired') }]}
            >
              <Select options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="receivedOn" label={t('receivedOn')} extra={t('receivedHint')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('sectionComplainant')}</Divider>
        <EntryIdentityFields />
        <Divider titlePlacement="start">{t('sectionTarget')}</Divider>
        <Alert type="info" showIcon title={t('targetHint')} style={{ marginBottom: 16 }} />
        <EntryTargetFields />
        <Divider titlePlacement="start">{t('sectionContent')}</Divider>
        <Form.Item
          name="category"
          label={t('category')}
          rules={[{ required: true, message: t('categoryRequired') }]}
        >
          <Select options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('complaintTitle')}
          rules={[{ required: true, whitespace: true, message: t('titleRequired') }, schemaRule(shape.title)]}
        >
          <Input maxLength={60} showCount placeholder={t('titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('content')}
          rules={[
            { required: true, whitespace: true, message: t('contentRequired') },
            schemaRule(shape.content),
          ]}
        >
          <Input.TextArea rows={6} maxLength={5000} showCount placeholder={t('contentPlaceholder')} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t('submit')}
          </Button>
          <Button onClick={() => navigate('/complaints')}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
