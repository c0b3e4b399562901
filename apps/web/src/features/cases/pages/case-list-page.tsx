import { Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { useSession } from '../../../console/session.tsx';
import { useCases } from '../api/use-cases.ts';
import { useExportCases } from '../api/use-export-cases.ts';
import { CaseFilters } from '../components/case-filters.tsx';
import { CaseTable } from '../components/case-table.tsx';
import { OpenCaseModal } from '../components/open-case-modal.tsx';
import { filtersOf, useListParams } from '../list-params.ts';
import { t } from '../locale.ts';
import { t as th } from '../locale-handling.ts';

/**
 * 执法案件: the cases of the agencies in the user's data scope, filtered, paged and exported, with
 * 立案 for those who handle cases in Jiandu.
 */
export function CaseListPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const { params, paging, set, reset } = useListParams();
  const cases = useCases(params);
  const exporting = useExportCases();
  const filters = filtersOf(params);
  return (
    <Card title={t('title')}>
      <ListToolbar
        filtered={Object.values(filters).some(Boolean)}
        onReset={reset}
        add={can('case.write') ? { label: th('open'), onClick: () => setOpening(true) } : undefined}
        onExport={() => exporting.mutateAsync(filters)}
        exporting={exporting.isPending}
      >
        <CaseFilters value={filters} onChange={set} />
      </ListToolbar>
      <CaseTable query={cases} paging={paging} />
      {opening ? (
        <OpenCaseModal
          onClose={() => setOpening(false)}
          onOpened={(detail) => {
            setOpening(false);
            navigate(detail.summary.id);
          }}
        />
      ) : null}
    </Card>
  );
}
