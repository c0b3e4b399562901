import { type Notice, ObjectionCreateSchema } from '@jiandu/contracts/matters';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { todayShanghai } from '../../../lib/dates.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useObjectToNotice } from '../api/use-object-notice.ts';
import { t } from '../locale.ts';

/** Why a review can no longer be requested, or null while it can (once, until objectionUntil). */
function closedReason(notice: Notice): string | null {
  if (notice.objections.length) return t('objectDone');
  if (notice.status === 'withdrawn' || notice.status === 'accepted') return t('objectClosed');
  if (todayShanghai() > notice.objectionUntil) return t('objectLate', { on: notice.objectionUntil });
  return null;
}

/** 申请复查: the agency's one objection, with its grounds, before the deadline. */
export function ObjectionForm({ notice }: { notice: Notice }) {
  const [form] = Form.useForm<{ grounds?: string }>();
  const { message } = App.useApp();
  const object = useObjectToNotice(notice.id);
  const [error, setError] = useState<string | null>(null);
  const closed = closedReason(notice);
  const onFinish = async ({ grounds }: { grounds?: string }) => {
    setError(null);
    try {
      await object.mutateAsync({ grounds: grounds!.trim() });
      message.success(t('objected'));
    } catch (e) {
      applyFieldErrors(form, e, ['grounds']);
      setError(problemText(e));
    }
  };
  return (
    <Card size="small" title={t('objectTitle')}>
      {closed ? (
        <Typography.Text type="secondary">{closed}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('objectHint', { on: notice.objectionUntil })}
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
          <Form form={form} layout="vertical" onFinish={onFinish}>
            <Form.Item
              name="grounds"
              label={t('grounds')}
              rules={[
                { required: true, whitespace: true, message: t('groundsRequired') },
                schemaRule(ObjectionCreateSchema.shape.grounds),
              ]}
            >
              <Input.TextArea rows={3} maxLength={4000} showCount />
            </Form.Item>
            <Button htmlType="submit" loading={object.isPending}>
              {t('object')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
