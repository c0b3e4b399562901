import { ImportModal } from '../../../components/import/import-modal.tsx';
import { useImportOfficers } from '../api/use-import-officers.ts';
import { useOfficerImportTemplate } from '../api/use-officer-import-template.ts';
import { t } from '../locale.ts';

/** Imports officers from an xlsx file sent as it is, then shows the per-row results. */
export function ImportOfficersModal({ onClose }: { onClose: () => void }) {
  const importing = useImportOfficers();
  const template = useOfficerImportTemplate();
  return (
    <ImportModal
      strings={{
        title: t('importTitle'),
        hint: t('importHint'),
        dropHint: t('pickFileHint'),
        created: t('createdCount'),
        reportName: t('errorReportName'),
      }}
      inputId="officer-import-file"
      template={template}
      upload={importing}
      onClose={onClose}
    />
  );
}
