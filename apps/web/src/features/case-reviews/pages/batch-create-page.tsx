import { ArrowLeftOutlined } from '@ant-design/icons';
import { SAMPLING_MODES, type SamplingMode } from '@jiandu/contracts/case-review-labels';
import type { BatchCreate, Sample, SamplePreview } from '@jiandu/contracts/case-reviews';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCreateBatch } from '../api/use-create-batch.ts';
import { usePreviewSample } from '../api/use-preview-sample.ts';
import { useRubrics } from '../api/use-rubrics.ts';
import { AgencyPicker, type PickedAgency } from '../components/agency-picker.tsx';
import { SamplePanel } from '../components/sample-panel.tsx';
import { type Rule, TargetRules } from '../components/target-rules.tsx';
import { modeLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  name: string;
  year: number;
  organizerId: string;
  periodFrom: Dayjs;
  periodTo: Dayjs;
  rubricId?: string;
  seed?: string;
  agencies: PickedAgency[];
  mode: SamplingMode;
  value: number;
  reviewersPerFile: number;
  scoreGap: number;
  responseDays: number;
}

const FIELDS = ['name', 'year', 'organizerId', 'periodFrom', 'periodTo', 'rubricId', 'seed', 'agencies'];
const LAST_YEAR = new Date().getFullYear() - 1;

/**
 * 新建评查批次: name, organizer, the period of closing, the agencies and their rule, the seed; the
 * draw is previewed first and the batch is created with the seed the preview used, so its files are
 * the ones shown.
 */
export function BatchCreatePage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [rules, setRules] = useState<Record<string, Rule>>({});
  const [sample, setSample] = useState<{ key: string; sample: Sample } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = usePreviewSample();
  const create = useCreateBatch();
  const rubrics = useRubrics();
  const agencies = Form.useWatch('agencies', form) ?? [];
  const mode = Form.useWatch('mode', form) ?? 'count';
  const value = Form.useWatch('value', form) ?? 3;

  const drawOf = (v: Values): SamplePreview => ({
    organizerId: v.organizerId,
    periodFrom: v.periodFrom.format('YYYY-MM-DD'),
    periodTo: v.periodTo.format('YYYY-MM-DD'),
    seed: v.seed?.trim() || undefined,
    targets: v.agencies.map((a) => ({
      agencyId: a.value,
      ...(rules[a.value] ?? { mode: v.mode, value: v.value }),
    })),
  });
  const failed = (e: unknown) => {
    if (!applyFieldErrors(form, e, FIELDS)) setError(problemText(e));
  };

  const onPreview = async () => {
    setError(null);
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const drawn = await preview.mutateAsync(drawOf(v));
      // The seed the preview used stays in the form, so the batch draws the same files.
      form.setFieldValue('seed', drawn.seed);
      setSample({ key: JSON.stringify(drawOf({ ...v, seed: drawn.seed })), sample: drawn });
    } catch (e) {
      failed(e);
    }
  };
  const onCreate = async (v: Values) => {
    setError(null);
    const input: BatchCreate = {
      ...drawOf(v),
      name: v.name.trim(),
      year: v.year,
      rubricId: v.rubricId || undefined,
      reviewersPerFile: v.reviewersPerFile,
      scoreGap: v.scoreGap,
      responseDays: v.responseDays,
    };
    try {
      const batch = await create.mutateAsync(input);
      message.success(t('created'));
      navigate(`../${batch.id}`);
    } catch (e) {
      failed(e);
    }
  };
  // Every field watched, so the preview is marked stale as soon as an input of the draw changes.
  const all = Form.useWatch([], form) as Values | undefined;
  const current =
    all?.organizerId && all.periodFrom && all.periodTo && all.agencies ? JSON.stringify(drawOf(all)) : '';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="..">
              <ArrowLeftOutlined aria-hidden /> {t('back')}
            </Link>
            <span>{t('createTitle')}</span>
          </Space>
        }
      >
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onCreate}
          initialValues={{
            year: LAST_YEAR,
            organizerId: session?.user.orgId,
            periodFrom: dayjs(`${LAST_YEAR}-01-01`),
            periodTo: dayjs(`${LAST_YEAR}-12-31`),
            agencies: [],
            mode: 'count',
            value: 3,
            reviewersPerFile: 2,
            scoreGap: 15,
            responseDays: 10,
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('name')}
                rules={[{ required: true, whitespace: true, min: 4, message: t('required') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('required') }]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="organizerId"
                label={t('organizer')}
                rules={[{ required: true, message: t('required') }]}
              >
                <OrgSelect
                  kind="supervisor"
                  known={session ? [{ value: session.user.orgId, label: session.user.orgName }] : []}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="periodFrom"
                label={t('periodFrom')}
                rules={[{ required: true, message: t('required') }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="periodTo"
                label={t('periodTo')}
                rules={[{ required: true, message: t('required') }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="rubricId" label={t('rubric')}>
                <Select
                  allowClear
                  placeholder={t('rubricDefault')}
                  options={(rubrics.data ?? []).map((r) => ({
                    value: r.id,
                    label: `${r.name} (v${r.version}) · ${r.orgName}`,
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="agencies"
            label={t('targets')}
            extra={t('targetsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('agencyRequired') }]}
          >
            <AgencyPicker placeholder={t('pickAgencies')} />
          </Form.Item>
          <Space wrap align="end">
            <Form.Item name="mode" label={t('defaultRule')}>
              <Select
                style={{ width: 140 }}
                options={SAMPLING_MODES.map((m) => ({ value: m, label: modeLabel(m) }))}
              />
            </Form.Item>
            <Form.Item name="value" label={t('value')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber min={1} max={mode === 'share' ? 100 : 500} precision={0} />
            </Form.Item>
          </Space>
          {agencies.length ? (
            <div style={{ marginBottom: 16 }}>
              <TargetRules agencies={agencies} rules={rules} fallback={{ mode, value }} onChange={setRules} />
            </div>
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={9}>
              <Form.Item name="seed" label={t('seed')} extra={t('seedHint')}>
                <Input maxLength={64} allowClear />
              </Form.Item>
            </Col>
            <Col xs={8} md={5}>
              <Form.Item name="reviewersPerFile" label={t('perFile')}>
                <InputNumber min={2} max={5} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={8} md={5}>
              <Form.Item name="scoreGap" label={t('gap')}>
                <InputNumber min={1} max={100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={8} md={5}>
              <Form.Item name="responseDays" label={t('responseDays')}>
                <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            <Button onClick={onPreview} loading={preview.isPending}>
              {t('preview')}
            </Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('create')}
            </Button>
            <Button onClick={() => navigate('..')}>{t('cancel')}</Button>
          </Space>
        </Form>
      </Card>
      {sample ? (
        <Card title={t('previewTitle')}>
          {current && current !== sample.key ? (
            <Alert type="warning" showIcon title={t('previewStale')} style={{ marginBottom: 16 }} />
          ) : null}
          <SamplePanel {...sample.sample} />
        </Card>
      ) : null}
    </Space>
  );
}
