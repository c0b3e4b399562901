import type { CaseDetail } from '@jiandu/contracts/cases';
import { Alert, App, Modal, Skeleton } from 'antd';
import { useState } from 'react';
import { usePublicationPreview } from '../api/use-publication-preview.ts';
import { usePublishCase } from '../api/use-publish-case.ts';
import { t } from '../locale-publicity.ts';
import { HandlingError } from './handling-error.tsx';
import { PublicDecisionView } from './public-decision-view.tsx';

/**
 * 预览并公示: the decision exactly as the portal will show it, personal data removed, and the
 * confirmation that publishes it; a decision that may not be published says why and by which rule.
 */
export function PublishModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const id = detail.summary.id;
  const preview = usePublicationPreview(id);
  const publish = usePublishCase(id);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setError(null);
    try {
      await publish.mutateAsync();
      message.success(t('published'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      width={760}
      title={t('previewTitle')}
      okText={t('publish')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: !preview.data }}
      confirmLoading={publish.isPending}
      onOk={confirm}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <HandlingError error={error ?? preview.error} />
      {preview.isLoading ? <Skeleton active /> : null}
      {preview.data ? (
        <>
          <Alert type="warning" showIcon title={t('previewHint')} style={{ marginBottom: 16 }} />
          <PublicDecisionView decision={preview.data} />
        </>
      ) : null}
    </Modal>
  );
}
