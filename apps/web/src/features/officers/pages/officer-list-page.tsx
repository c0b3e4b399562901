import { DownloadOutlined, ExportOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Officer } from '@jiandu/contracts/officers';
import { Alert, App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useExportOfficers } from '../api/use-export-officers.ts';
import { useOfficerImportTemplate } from '../api/use-officer-import-template.ts';
import { type OfficerFilters as Filters, type OfficerListQuery, useOfficers } from '../api/use-officers.ts';
import { ImportOfficersModal } from '../components/import-officers-modal.tsx';
import { OfficerFilters } from '../components/officer-filters.tsx';
import { OfficerFormModal } from '../components/officer-form-modal.tsx';
import { OfficerTable } from '../components/officer-table.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { t } from '../locale.ts';
import { useSearchState } from '../search-state.ts';

const KEYS = [
  'orgId',
  'q',
  'field',
  'status',
  'legalReviewer',
  'certificateStatus',
  'sort',
  'order',
] as const;

type Dialog = { kind: 'create' } | { kind: 'edit'; officer: Officer } | { kind: 'import' };

/** The officer list of the user's data scope with its filters, import, export and registration. */
export function OfficerListPage() {
  const { can } = useSession();
  const canWrite = can('officer.write');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [query, setQuery] = useSearchState<OfficerListQuery & { page: number; pageSize: number }>(KEYS);
  const officers = useOfficers(query);
  const exporting = useExportOfficers();
  const template = useOfficerImportTemplate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { page: _p, pageSize: _s, sort: _o, order: _d, ...filters } = query;
  const fail = (e: unknown) => message.error(problemText(e));
  const close = () => setDialog(null);

  return (
    <Card>
      <PageHeader
        title={
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('officersTitle')}
          </Typography.Title>
        }
        actions={
          <>
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setDialog({ kind: 'create' })}
              >
                {t('createOfficer')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog({ kind: 'import' })}>
                {t('import')}
              </Button>
            ) : null}
            <Button
              icon={<ExportOutlined aria-hidden />}
              loading={exporting.isPending}
              onClick={() => exporting.mutateAsync(filters as Filters).catch(fail)}
            >
              {t('export')}
            </Button>
            {canWrite ? (
              <Button
                icon={<DownloadOutlined aria-hidden />}
                loading={template.isPending}
                onClick={() => template.mutateAsync().catch(fail)}
              >
                {t('template')}
              </Button>
            ) : null}
          </>
        }
      />
      <OfficerFilters value={filters as Filters} onChange={(patch) => setQuery({ ...patch, page: 1 })} />
      {officers.error ? (
        <Alert type="error" showIcon title={problemText(officers.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <OfficerTable
        query={query}
        data={officers.data}
        loading={officers.isFetching}
        canWrite={canWrite}
        onQueryChange={setQuery}
        onEdit={(officer) => setDialog({ kind: 'edit', officer })}
      />
      {dialog?.kind === 'create' ? (
        <OfficerFormModal
          defaultOrgId={query.orgId}
          onClose={close}
          onCreated={(officer) => {
            close();
            navigate(officer.id);
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? <OfficerFormModal officer={dialog.officer} onClose={close} /> : null}
      {dialog?.kind === 'import' ? <ImportOfficersModal onClose={close} /> : null}
    </Card>
  );
}
