import { Form } from 'antd';
import { useState } from 'react';
import { ImportModal } from '../../../components/import/import-modal.tsx';
import { useImportOrgs } from '../api/use-import-orgs.ts';
import { useImportTemplate } from '../api/use-import-template.ts';
import { t } from '../locale.ts';
import { OrgTreeSelect } from './org-tree-select.tsx';

interface Props {
  defaultParentId?: string | null | undefined;
  onClose: () => void;
}

/** Imports orgs from an xlsx or csv file sent as it is, then shows per-row results. */
export function ImportOrgsModal({ defaultParentId, onClose }: Props) {
  const importing = useImportOrgs();
  const template = useImportTemplate();
  const [parentId, setParentId] = useState<string | undefined>(defaultParentId ?? undefined);
  return (
    <ImportModal
      strings={{
        title: t('importTitle'),
        hint: t('importHint'),
        dropHint: `${t('pickFileHint')} · xlsx / csv`,
        created: t('createdCount'),
        reportName: t('errorReportName'),
      }}
      inputId="org-import-file"
      template={template}
      upload={{
        isPending: importing.isPending,
        mutateAsync: (file) => importing.mutateAsync({ file, parentId: parentId ?? null }),
      }}
      form={{
        fileLabel: t('file'),
        fields: (
          <Form.Item label={t('defaultParent')} extra={t('defaultParentHint')} htmlFor="org-import-parent">
            <OrgTreeSelect
              id="org-import-parent"
              value={parentId ?? null}
              onChange={setParentId}
              allowClear
              placeholder={t('orgSearch')}
            />
          </Form.Item>
        ),
      }}
      onClose={onClose}
    />
  );
}
