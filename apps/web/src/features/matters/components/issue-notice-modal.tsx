import { NOTICE_KINDS, type NoticeKind } from '@jiandu/contracts/matter-labels';
import { type MatterDetail, NoticeIssueSchema } from '@jiandu/contracts/matters';
import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { noticeKindLabel } from '../../../components/notices/labels.ts';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useIssueNotice } from '../api/use-issue-notice.ts';
import { t } from '../locale-matter.ts';

interface Values {
  kind?: NoticeKind;
  findings?: string;
  requirements?: string;
  basis?: string;
  dueOn?: Dayjs | null;
}

const shape = NoticeIssueSchema.shape;

/**
 * 制发文书: the kind (决定书 only in binding supervision), what was found, what must be fixed and on
 * what basis, and optionally a due date other than the kind's default.
 */
export function IssueNoticeModal({ matter, onClose }: { matter: MatterDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const issue = useIssueNotice(matter.id);
  const [error, setError] = useState<string | null>(null);
  const kinds = NOTICE_KINDS.filter((k) => k !== 'decision' || matter.mode === 'binding');
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      const notice = await issue.mutateAsync({
        kind: v.kind!,
        findings: v.findings!.trim(),
        requirements: v.requirements!.trim(),
        basis: v.basis!.trim(),
        ...(v.dueOn ? { dueOn: v.dueOn.format('YYYY-MM-DD') } : {}),
      });
      message.success(t('issued', { number: notice.number }));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, ['kind', 'findings', 'requirements', 'basis', 'dueOn']);
      setError(problemText(e));
    }
  };
  const text = (name: 'findings' | 'requirements' | 'basis', required: string, rows: number, max: number) => (
    <Form.Item
      name={name}
      label={t(name)}
      rules={[{ required: true, whitespace: true, message: required }, schemaRule(shape[name])]}
    >
      <Input.TextArea rows={rows} maxLength={max} showCount />
    </Form.Item>
  );
  return (
    <FormModal
      form={form}
      error={error}
      width={720}
      title={t('issueTitle')}
      okText={t('issue')}
      cancelText={t('cancel')}
      confirmLoading={issue.isPending}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('issueHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="kind"
          label={t('noticeKind')}
          extra={matter.mode === 'advisory' ? t('decisionBindingOnly') : undefined}
          rules={[{ required: true, message: t('noticeKindRequired') }]}
        >
          <Select options={kinds.map((k) => ({ value: k, label: noticeKindLabel(k) }))} />
        </Form.Item>
        {text('findings', t('findingsRequired'), 4, 8000)}
        {text('requirements', t('requirementsRequired'), 3, 4000)}
        {text('basis', t('basisRequired'), 2, 2000)}
        <Form.Item name="dueOn" label={t('noticeDue')} extra={t('noticeDueHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(shanghaiToday(), 'day')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
