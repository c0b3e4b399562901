import { EVIDENCE_KINDS, type EvidenceKind } from '@jiandu/contracts/case-labels';
import type { CaseDetail } from '@jiandu/contracts/cases';
import { Alert, App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { useUploadEvidence } from '../api/use-upload-evidence.ts';
import { evidenceLabel } from '../labels.ts';
import { t } from '../locale-handling.ts';
import { FileInput } from './file-input.tsx';
import { HandlingError } from './handling-error.tsx';

interface Values {
  file?: File;
  kind?: EvidenceKind;
  capturedAt?: Dayjs;
  device?: string;
  officer?: string;
}

/** The kind a file most likely is, from its type, so the usual case needs no choice. */
function kindOf(file: File): EvidenceKind {
  if (file.type.startsWith('image/')) return 'photo';
  if (file.type.startsWith('audio/')) return 'audio';
  if (file.type.startsWith('video/')) return 'video';
  return 'document';
}

/**
 * 上传证据: the file, what it is, when and with which device it was captured and by which of the
 * case's officers. The capture time is Shanghai time, as the record keeps every time.
 */
export function EvidenceUploadModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const upload = useUploadEvidence(detail.summary.id);
  const [error, setError] = useState<unknown>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    const file = v.file!;
    try {
      await upload.mutateAsync({
        file,
        meta: {
          kind: v.kind!,
          capturedAt: `${v.capturedAt!.format('YYYY-MM-DDTHH:mm')}:00+08:00`,
          fileName: file.name,
          ...(v.device?.trim() ? { device: v.device.trim() } : {}),
          ...(v.officer ? { officer: v.officer } : {}),
        },
      });
      message.success(t('uploaded', { name: file.name }));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <FormModal
      form={form}
      error={null}
      width={640}
      title={t('uploadTitle')}
      okText={t('uploadEvidence')}
      cancelText={t('cancel')}
      confirmLoading={upload.isPending}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('uploadHint')} style={{ marginBottom: 16 }} />}
    >
      <HandlingError error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.file) form.setFieldValue('kind', kindOf(changed.file));
        }}
      >
        <Form.Item name="file" label={t('file')} rules={[{ required: true, message: t('fileRequired') }]}>
          <FileInput />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              name="kind"
              label={t('evidenceKind')}
              rules={[{ required: true, message: t('kindRequired') }]}
            >
              <Select options={EVIDENCE_KINDS.map((k) => ({ value: k, label: evidenceLabel(k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="capturedAt"
              label={t('capturedAt')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="device" label={t('device')}>
              <Input maxLength={100} placeholder={t('devicePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="officer" label={t('collector')}>
              <Select allowClear options={detail.record.officers.map((n) => ({ value: n, label: n }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
