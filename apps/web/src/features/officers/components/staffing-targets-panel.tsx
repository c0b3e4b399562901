import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, InputNumber, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useSaveStaffingTarget } from '../api/use-save-staffing-target.ts';
import { useStaffingTarget } from '../api/use-staffing-target.ts';
import { percent } from '../format.ts';
import { t } from '../locale.ts';

interface Props {
  regionCode: string | undefined;
  regionName: string | undefined;
  canEdit: boolean;
}

interface Values {
  sharePercent: number;
  trainingHours: number;
}

/**
 * The staffing targets of a region (法制审核人员占比, yearly training hours): whether they are the
 * region's own or inherited, and editing them for those who manage certificates.
 */
export function StaffingTargetsPanel({ regionCode, regionName, canEdit }: Props) {
  const { message } = App.useApp();
  const target = useStaffingTarget(regionCode);
  const save = useSaveStaffingTarget();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();

  const onFinish = async (v: Values) => {
    if (!regionCode) return;
    try {
      await save.mutateAsync({
        regionCode,
        input: { legalReviewerShare: Math.round(v.sharePercent * 10) / 1000, trainingHours: v.trainingHours },
      });
      message.success(t('targetsSaved'));
      setEditing(false);
    } catch (e) {
      if (!applyFieldErrors(form, e, ['trainingHours'])) message.error(problemText(e));
    }
  };

  const data = target.data;
  return (
    <Card
      size="small"
      title={t('targetsTitle', { region: regionName ?? regionCode ?? '—' })}
      extra={
        canEdit && data && !editing ? (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('edit')}
          </Button>
        ) : null
      }
    >
      {!regionCode || target.isLoading ? (
        <Spin size="small" />
      ) : target.error ? (
        <Alert type="error" showIcon title={problemText(target.error)} />
      ) : data && editing ? (
        <Form<Values>
          form={form}
          layout="inline"
          initialValues={{
            sharePercent: Math.round(data.legalReviewerShare * 1000) / 10,
            trainingHours: data.trainingHours,
          }}
          onFinish={onFinish}
          style={{ rowGap: 8 }}
        >
          <Form.Item
            name="sharePercent"
            label={t('reviewerTarget')}
            rules={[{ required: true, message: t('valueRequired') }]}
          >
            <InputNumber min={0} max={100} step={0.5} suffix="%" style={{ width: 110 }} />
          </Form.Item>
          <Form.Item
            name="trainingHours"
            label={t('trainingTarget')}
            rules={[{ required: true, message: t('valueRequired') }]}
          >
            <InputNumber min={0} max={500} step={1} suffix={t('hourUnit')} style={{ width: 120 }} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('cancel')}</Button>
          </Space>
        </Form>
      ) : data ? (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'share', label: t('reviewerTarget'), children: percent(data.legalReviewerShare) },
            {
              key: 'hours',
              label: t('trainingTarget'),
              children: t('hoursShort', { hours: data.trainingHours }),
            },
            {
              key: 'source',
              label: t('targetSource'),
              children: data.inherited ? (
                <Tag>{t('inherited')}</Tag>
              ) : (
                <Tag color="blue">{t('ownTargets')}</Tag>
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
