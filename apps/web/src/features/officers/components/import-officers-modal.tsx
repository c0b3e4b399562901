import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportResult } from '@jiandu/contracts/orgs';
import { Alert, App, Button, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useImportOfficers } from '../api/use-import-officers.ts';
import { useOfficerImportTemplate } from '../api/use-officer-import-template.ts';
import { errorText } from '../errors.ts';
import { t } from '../locale.ts';
import { ImportResultView } from './import-result.tsx';

/** Imports officers from an xlsx file sent as it is, then shows the per-row results. */
export function ImportOfficersModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const importing = useImportOfficers();
  const template = useOfficerImportTemplate();
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
      setResult(await importing.mutateAsync(file));
    } catch (e) {
      setError(errorText(e));
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
        <Button key="start" type="primary" loading={importing.isPending} onClick={start}>
          {importing.isPending ? t('importing') : t('startImport')}
        </Button>,
      ];

  return (
    <Modal
      open
      title={t('importTitle')}
      footer={footer}
      onCancel={onClose}
      width={720}
      mask={{ closable: false }}
    >
      {result ? (
        <ImportResultView result={result} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('importHint')}{' '}
            <Button
              type="link"
              size="small"
              icon={<DownloadOutlined aria-hidden />}
              loading={template.isPending}
              onClick={() => template.mutateAsync().catch((e: unknown) => message.error(errorText(e)))}
              style={{ paddingInline: 0 }}
            >
              {t('template')}
            </Button>
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
          <Upload.Dragger
            id="officer-import-file"
            accept=".xlsx,.csv"
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
            <p className="ant-upload-hint">{t('pickFileHint')}</p>
          </Upload.Dragger>
        </>
      )}
    </Modal>
  );
}
