import { type Notice, NoticeVerdictSchema } from '@jiandu/contracts/matters';
import { App, DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useJudgeReport } from '../api/use-judge-report.ts';
import { t } from '../locale-matter.ts';

interface Values {
  verdict?: 'accepted' | 'returned';
  note?: string;
  dueOn?: Dayjs | null;
}

/** 核查: the agency's completion report accepted, or returned with a new due date. */
export function VerdictModal({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const judge = useJudgeReport();
  const [error, setError] = useState<string | null>(null);
  const verdict = Form.useWatch('verdict', form);
  const report = notice.responses.filter((r) => r.kind === 'report' && !r.verdict).at(-1);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await judge.mutateAsync({
        noticeId: notice.id,
        body: {
          verdict: v.verdict!,
          note: v.note!.trim(),
          ...(v.verdict === 'returned' && v.dueOn ? { dueOn: v.dueOn.format('YYYY-MM-DD') } : {}),
        },
      });
      message.success(t('verified'));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, ['verdict', 'note', 'dueOn']);
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      width={640}
      title={`${t('verifyTitle')} · ${notice.number}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={judge.isPending}
      onClose={onClose}
      intro={
        report ? (
          <div style={{ background: '#fafbfc', border: '1px solid #e8ebf0', padding: 12, marginBottom: 16 }}>
            <Typography.Text strong>{t('report')}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, wordBreak: 'break-word' }}>
              {report.content}
            </Typography.Paragraph>
          </div>
        ) : null
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="verdict"
          label={t('verdict')}
          rules={[{ required: true, message: t('verdictRequired') }]}
        >
          <Radio.Group
            options={[
              { value: 'accepted', label: t('accept') },
              { value: 'returned', label: t('returnIt') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('verdictNote')}
          rules={[
            { required: true, whitespace: true, message: t('verdictNoteRequired') },
            schemaRule(NoticeVerdictSchema.shape.note),
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        {verdict === 'returned' ? (
          <Form.Item
            name="dueOn"
            label={t('newDue')}
            rules={[{ required: true, message: t('newDueRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(shanghaiToday(), 'day')} />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
