import { InboxOutlined } from '@ant-design/icons';
import type { CalendarLoadResult } from '@jiandu/contracts/calendar';
import { Alert, Collapse, Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { calendarFormat, useLoadCalendar } from '../api/use-load-calendar.ts';
import { t } from '../locale.ts';

const CSV_EXAMPLE = `date,kind,name
2027-01-01,holiday,元旦
2027-02-06,休,春节
2027-02-14,班,春节`;

const JSON_EXAMPLE = `{
  "year": 2027,
  "source": "国办发明电〔2026〕7号",
  "days": [
    { "date": "2027-01-01", "kind": "holiday", "name": "元旦" },
    { "date": "2027-02-14", "kind": "workday", "name": "春节" }
  ]
}`;

const pre = {
  margin: '4px 0 0',
  padding: 8,
  background: '#f6f8fa',
  borderRadius: 4,
  fontSize: 12,
  overflowX: 'auto',
} as const;

interface Props {
  open: boolean;
  onClose: () => void;
  onLoaded: (result: CalendarLoadResult) => void;
}

/** The upload of a holiday schedule: the file, its source, the accepted formats, and every bad line when refused. */
export function LoadCalendarModal({ open, onClose, onLoaded }: Props) {
  const [form] = Form.useForm<{ source: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const load = useLoadCalendar();
  const problem =
    load.error instanceof ApiError ? load.error.problem : load.error ? { detail: String(load.error) } : null;

  const close = () => {
    form.resetFields();
    setFile(null);
    setFileError(null);
    load.reset();
    onClose();
  };

  const submit = async () => {
    const { source } = await form.validateFields();
    const format = file ? calendarFormat(file) : null;
    if (!file || !format) {
      setFileError(file ? t('fileType') : t('fileRequired'));
      return;
    }
    load.mutate(
      { file, format, source: source.trim() },
      {
        onSuccess: (result) => {
          onLoaded(result);
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('importTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      onOk={submit}
      onCancel={close}
      confirmLoading={load.isPending}
      mask={{ closable: false }}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('importHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item
          label={t('file')}
          htmlFor="calendar-file"
          required
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ?? undefined}
        >
          <Upload.Dragger
            id="calendar-file"
            accept=".json,.csv,application/json,text/csv"
            maxCount={1}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            beforeUpload={(f) => {
              setFile(f);
              setFileError(calendarFormat(f) ? null : t('fileType'));
              load.reset();
              return false;
            }}
            onRemove={() => {
              setFile(null);
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('fileDrop')}</p>
          </Upload.Dragger>
        </Form.Item>
        <Form.Item
          label={t('source')}
          name="source"
          rules={[{ required: true, whitespace: true, message: t('sourceRequired') }]}
        >
          <Input placeholder={t('sourcePlaceholder')} maxLength={200} />
        </Form.Item>
      </Form>
      {problem ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${t('failed')}: ${problem.detail}`}
          description={
            'errors' in problem && problem.errors?.length ? (
              <ul
                style={{ margin: 0, paddingLeft: 18, maxHeight: 200, overflow: 'auto' }}
                data-testid="load-errors"
              >
                {problem.errors.map((e) => {
                  const line = /^line (\d+)$/.exec(e.path)?.[1];
                  return (
                    <li key={`${e.path}${e.message}`}>
                      {line ? `${t('line', { line })}: ${e.message}` : e.message}
                    </li>
                  );
                })}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <Collapse
        size="small"
        items={[
          {
            key: 'format',
            label: t('format'),
            children: (
              <>
                <Typography.Text type="secondary">{t('formatCsv')}</Typography.Text>
                <pre style={pre}>{CSV_EXAMPLE}</pre>
                <Typography.Text type="secondary">{t('formatJson')}</Typography.Text>
                <pre style={pre}>{JSON_EXAMPLE}</pre>
              </>
            ),
          },
        ]}
      />
    </Modal>
  );
}
