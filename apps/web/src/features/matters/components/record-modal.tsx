import type { MatterDetail } from '@jiandu/contracts/matters';
import {
  type Attachment,
  MatterRecordCreateSchema,
  RECORD_KINDS,
  type RecordKind,
} from '@jiandu/contracts/matters';
import { App, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { AttachmentUpload } from '../../../components/notices/attachment-upload.tsx';
import { recordKindLabel } from '../../../components/notices/labels.ts';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAddRecord } from '../api/use-add-record.ts';
import { t } from '../locale-matter.ts';

interface Values {
  kind?: RecordKind;
  happenedOn?: Dayjs;
  content?: string;
  participantIds?: string[];
  attachments?: Attachment[];
}

/**
 * 记录调查情况: what was done, when and by which of the assigned supervisors, with evidence files
 * uploaded one by one before the record is saved.
 */
export function RecordModal({ matter, onClose }: { matter: MatterDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddRecord(matter.id);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const onFinish = async (v: Values) => {
    if (uploading) {
      setError(t('waitUploads'));
      return;
    }
    setError(null);
    try {
      await add.mutateAsync({
        kind: v.kind!,
        happenedOn: v.happenedOn!.format('YYYY-MM-DD'),
        content: v.content!.trim(),
        participantIds: v.participantIds ?? [],
        attachments: v.attachments ?? [],
      });
      message.success(t('recorded'));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, ['kind', 'happenedOn', 'content', 'participantIds', 'attachments']);
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      width={680}
      title={t('recordTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={add.isPending || uploading}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          happenedOn: shanghaiToday(),
          participantIds: matter.supervisors.map((s) => s.officerId),
          attachments: [],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="kind"
              label={t('recordKind')}
              rules={[{ required: true, message: t('kindRequired') }]}
            >
              <Select options={RECORD_KINDS.map((k) => ({ value: k, label: recordKindLabel(k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="happenedOn"
              label={t('happenedOn')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="content"
          label={t('content')}
          rules={[
            { required: true, whitespace: true, message: t('contentRequired') },
            schemaRule(MatterRecordCreateSchema.shape.content),
          ]}
        >
          <Input.TextArea rows={4} maxLength={8000} showCount />
        </Form.Item>
        <Form.Item
          name="participantIds"
          label={t('participants')}
          rules={[
            {
              validator: async (_, v: string[] | undefined) => {
                if (!v || v.length < 2) throw new Error(t('participantsRequired'));
              },
            },
          ]}
        >
          <Checkbox.Group options={matter.supervisors.map((s) => ({ value: s.officerId, label: s.name }))} />
        </Form.Item>
        <Form.Item name="attachments" label={t('attachments')}>
          <AttachmentUpload matterId={matter.id} onBusyChange={setUploading} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
