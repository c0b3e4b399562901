import { ImportModal } from '../../../components/import/import-modal.tsx';
import { useImportItems } from '../api/use-import-items.ts';
import { useItemImportTemplate } from '../api/use-item-import-template.ts';
import { t } from '../locale.ts';

/** Imports items from an xlsx or csv file sent as it is, then shows the per-row results. */
export function ImportItemsModal({ onClose }: { onClose: () => void }) {
  const importing = useImportItems();
  const template = useItemImportTemplate();
  return (
    <ImportModal
      strings={{
        title: t('importTitle'),
        hint: t('importHint'),
        dropHint: t('importDropHint'),
        created: t('importCreated'),
        reportName: t('importReportName'),
      }}
      inputId="item-import-file"
      template={template}
      upload={importing}
      onClose={onClose}
    />
  );
}
