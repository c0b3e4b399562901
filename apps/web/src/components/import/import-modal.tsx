import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportResult } from '@jiandu/contracts/orgs';
import { Alert, App, Button, Form, Modal, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { problemText } from '../../lib/problem.ts';
import { type ImportResultLabels, ImportResultView } from './import-result.tsx';
import { t } from './locale.ts';

/** The words that differ from one import to another. */
export interface ImportStrings extends ImportResultLabels {
  title: string;
  /** The paragraph before the template link. */
  hint: string;
  /** The line under the drop zone's main text. */
  dropHint: string;
}

interface Props {
  strings: ImportStrings;
  /** The file input's id, so a label or a test can find it. */
  inputId: string;
  /** The file types offered (spreadsheets unless the import reads something else). */
  accept?: string;
  /** The feature's template download (a mutation, so the link shows it working). */
  template: { isPending: boolean; mutateAsync: () => Promise<unknown> };
  /** The feature's import of the picked file, with whatever else it sends. */
  upload: { isPending: boolean; mutateAsync: (file: File) => Promise<ImportResult> };
  /** When given, the drop zone becomes a labelled form item followed by the feature's own fields. */
  form?: { fileLabel: string; fields: ReactNode } | undefined;
  onClose: () => void;
}

/** Imports a spreadsheet sent as it is: pick a file, send it, then show the per-row results. */
export function ImportModal({
  strings,
  inputId,
  accept = '.xlsx,.csv',
  template,
  upload,
  form,
  onClose,
}: Props) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    if (!file) {
      setError(t('fileRequired'));
      return;
    }
    setError(null);
    try {
      setResult(await upload.mutateAsync(file));
    } catch (e) {
      setError(problemText(e));
    }
  };
  const again = () => {
    setResult(null);
    setFile(null);
    setError(null);
  };

  const footer = result
    ? [
        <Button key="again" onClick={again}>
          {t('importAgain')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          {t('cancel')}
        </Button>,
        <Button key="start" type="primary" loading={upload.isPending} onClick={start}>
          {upload.isPending ? t('importing') : t('startImport')}
        </Button>,
      ];

  const dropZone = (
    <Upload.Dragger
      id={inputId}
      accept={accept}
      maxCount={1}
      beforeUpload={(picked) => {
        setFile(picked);
        setError(null);
        return false;
      }}
      onRemove={() => setFile(null)}
      fileList={file ? [{ uid: 'import', name: file.name, status: 'done', size: file.size }] : []}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t('pickFile')}</p>
      <p className="ant-upload-hint">{strings.dropHint}</p>
    </Upload.Dragger>
  );

  return (
    <Modal
      open
      title={strings.title}
      footer={footer}
      onCancel={onClose}
      width={720}
      mask={{ closable: false }}
    >
      {result ? (
        <ImportResultView result={result} labels={strings} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {strings.hint}{' '}
            <Button
              type="link"
              size="small"
              icon={<DownloadOutlined aria-hidden />}
              loading={template.isPending}
              onClick={() => template.mutateAsync().catch((e: unknown) => message.error(problemText(e)))}
              style={{ paddingInline: 0 }}
            >
              {t('template')}
            </Button>
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
          {form ? (
            <Form layout="vertical" component="div">
              <Form.Item label={form.fileLabel} required htmlFor={inputId}>
                {dropZone}
              </Form.Item>
              {form.fields}
            </Form>
          ) : (
            dropZone
          )}
        </>
      )}
    </Modal>
  );
}
