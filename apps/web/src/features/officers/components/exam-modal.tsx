import { EXAM_SUBJECTS, ExamResultCreateSchema } from '@jiandu/contracts/officers';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { type ExamInput, useAddExam } from '../api/use-add-exam.ts';
import { todayShanghai } from '../format.ts';
import { examLabel } from '../labels.ts';
import { t } from '../locale-detail.ts';

interface Values {
  subject: ExamInput['subject'];
  title: string;
  takenOn: Dayjs;
  score: number;
  passed: boolean;
}

const shape = ExamResultCreateSchema.shape;

/** Records a law exam an officer sat. */
export function ExamModal({ officerId, onClose }: { officerId: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddExam();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await add.mutateAsync({
        officerId,
        input: {
          subject: v.subject,
          title: v.title.trim(),
          takenOn: v.takenOn.format('YYYY-MM-DD'),
          score: v.score,
          passed: v.passed,
        },
      });
      message.success(t('examAdded'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['subject', 'title', 'takenOn', 'score', 'passed']))
        setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('addExam')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={add.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ subject: 'public_law', takenOn: dayjs(todayShanghai()), passed: true }}
        onFinish={onFinish}
      >
        <Form.Item name="subject" label={t('examSubject')} rules={[{ required: true }]}>
          <Select options={EXAM_SUBJECTS.map((s) => ({ value: s, label: examLabel(s) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('examTitle')}
          rules={[{ required: true, message: t('examTitleRequired') }, schemaRule(shape.title)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="takenOn"
          label={t('takenOn')}
          rules={[{ required: true, message: t('dateRequired') }]}
        >
          <DatePicker style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="score"
          label={t('score')}
          rules={[{ required: true, message: t('scoreRequired') }, schemaRule(shape.score)]}
        >
          <InputNumber min={0} max={150} step={0.5} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="passed" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('passed')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
