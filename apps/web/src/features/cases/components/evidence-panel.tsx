import { UploadOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@jiandu/contracts/cases';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { t } from '../locale-handling.ts';
import { EvidenceTable } from './evidence-table.tsx';
import { EvidenceUploadModal } from './evidence-upload-modal.tsx';

/** 证据 tab: the evidence table, with 上传证据 on a case handled here for those who handle cases. */
export function EvidencePanel({ detail }: { detail: CaseDetail }) {
  const { can } = useSession();
  const [uploading, setUploading] = useState(false);
  const canUpload = detail.summary.origin === 'native' && can('case.write');
  return (
    <Flex vertical gap={12}>
      {canUpload ? (
        <Flex justify="flex-end">
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
            {t('uploadEvidence')}
          </Button>
        </Flex>
      ) : null}
      <EvidenceTable caseId={detail.summary.id} evidence={detail.evidence} />
      {uploading ? <EvidenceUploadModal detail={detail} onClose={() => setUploading(false)} /> : null}
    </Flex>
  );
}
