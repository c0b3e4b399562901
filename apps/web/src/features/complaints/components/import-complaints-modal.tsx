import { ImportModal } from '../../../components/import/import-modal.tsx';
import { useComplaintImportTemplate } from '../api/use-complaint-import-template.ts';
import { useImportComplaints } from '../api/use-import-complaints.ts';
import { t } from '../locale.ts';

/** 导入12345工单: a hotline export sent as it is, then each row's result. */
export function ImportComplaintsModal({ onClose }: { onClose: () => void }) {
  return (
    <ImportModal
      strings={{
        title: t('importTitle'),
        hint: t('importHint'),
        dropHint: t('importDropHint'),
        created: t('importCreated'),
        reportName: t('importReportName'),
      }}
      inputId="complaint-import-file"
      accept=".xlsx,.csv,.json"
      template={useComplaintImportTemplate()}
      upload={useImportComplaints()}
      onClose={onClose}
    />
  );
}
