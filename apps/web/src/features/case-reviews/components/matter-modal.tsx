import type { ReviewFile } from '@jiandu/contracts/case-reviews';
import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useOpenMatter } from '../api/use-open-matter.ts';
import { gradeLabel } from '../labels.ts';
import { t } from '../locale-team.ts';

interface Values {
  title: string;
  mode: 'advisory' | 'binding';
  description: string;
}

/** The findings of a file as the matter's problem description. */
function findings(file: ReviewFile): string {
  const sheets = file.assignments.filter((a) => a.status === 'submitted');
  const vetoes = sheets.flatMap((a) => a.vetoes.map((v) => `${v.label}: ${v.note}`));
  const comments = sheets.flatMap((a) => (a.comment ? [a.comment] : []));
  const grade = file.grade ? gradeLabel(file.grade) : '';
  return [`案卷评查结果: ${file.score ?? '—'} 分, ${grade}。`, ...vetoes, ...comments].join('\n');
}

/** 转为监督事项: opens a supervision matter about the file's case and records it on the file. */
export function MatterModal({
  batchId,
  file,
  onClose,
}: {
  batchId: string;
  file: ReviewFile;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const open = useOpenMatter();
  const [error, setError] = useState<string | null>(null);
  return (
    <FormModal
      form={form}
      error={error}
      title={t('matterTitle', { case: file.case.externalId })}
      okText={t('toMatter')}
      cancelText={t('cancel')}
      confirmLoading={open.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          title: `案卷评查发现问题: ${file.case.externalId}`,
          mode: 'advisory',
          description: findings(file),
        }}
        onFinish={async (v) => {
          setError(null);
          try {
            const matter = await open.mutateAsync({
              batchId,
              fileId: file.id,
              input: {
                title: v.title.trim(),
                agencyId: file.agency.id,
                scope: 'single',
                mode: v.mode,
                track: 'routine',
                origin: 'case_review',
                originRef: file.id,
                caseIds: [file.case.id],
                problems: ['case_quality'],
                description: v.description.trim(),
              },
            });
            message.success(t('matterOpened', { number: matter.number }));
            onClose();
          } catch (e) {
            setError(problemText(e));
          }
        }}
      >
        <Form.Item
          name="title"
          label={t('matterName')}
          rules={[{ required: true, whitespace: true, min: 4, message: t('reasonRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="mode" label={t('matterMode')}>
          <Select
            options={[
              { value: 'advisory', label: t('advisory') },
              { value: 'binding', label: t('binding') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('description')}
          rules={[{ required: true, whitespace: true, min: 10, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={4000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
