import { CheckOutlined, FileProtectOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tooltip, Typography } from 'antd';
import { type Key, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { useOpenWarning } from '../../../components/warnings/use-open-warning.ts';
import { WarningDrawer } from '../../../components/warnings/warning-drawer.tsx';
import { useSession } from '../../../console/session.tsx';
import { useExportWarnings } from '../api/use-export-warnings.ts';
import { useWarningCounts } from '../api/use-warning-counts.ts';
import { useWarnings, type WarningFilters } from '../api/use-warnings.ts';
import { BulkAcknowledgeModal } from '../components/bulk-acknowledge-modal.tsx';
import { WarningFilterBar } from '../components/warning-filters.tsx';
import { WarningSummary } from '../components/warning-summary.tsx';
import { WarningTable } from '../components/warning-table.tsx';
import { filtersOf, useListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/**
 * 预警中心: the warnings of the user's data scope, filtered, counted by severity, status and rule,
 * paged and exported; supervisors acknowledge several at once, and each opens in a drawer with its
 * facts, basis, history and the actions the user may take.
 */
export default function WarningCentrePage() {
  const { can } = useSession();
  const { params, paging, set, reset } = useListParams();
  const filters = filtersOf(params);
  const warnings = useWarnings(params);
  const counts = useWarningCounts(filters);
  const exporting = useExportWarnings();
  const { openId, open, close } = useOpenWarning();
  const [selected, setSelected] = useState<Key[]>([]);
  const [bulk, setBulk] = useState(false);
  const handler = can('warning.handle');
  const navigate = useNavigate();
  // The agency of every warning seen, so a choice kept across pages still knows its agencies.
  const agencyOf = useRef(new Map<string, string>());
  for (const w of warnings.data?.items ?? []) agencyOf.current.set(w.id, w.agency.id);
  const agencies = new Set(selected.map((k) => agencyOf.current.get(String(k))));
  const classBlocked =
    selected.length < 2 ? t('toClassMatterFew') : agencies.size > 1 ? t('toClassMatterMixed') : null;
  const toClassMatter = () =>
    navigate(
      `/matters/new?${new URLSearchParams({
        warningIds: selected.map(String).join(','),
        agencyId: [...agencies][0] ?? '',
        scope: 'class',
      })}`,
    );
  // New filters show other warnings; a choice made among the old ones is dropped.
  const change = (patch: Partial<WarningFilters>) => {
    setSelected([]);
    set(patch);
  };
  return (
    <Card title={t('title')}>
      <ListToolbar
        filtered={Object.values(filters).some(Boolean)}
        onReset={() => {
          setSelected([]);
          reset();
        }}
        onExport={() => exporting.mutateAsync(filters)}
        exporting={exporting.isPending}
        extra={
          handler ? (
            <>
              {can('matter.handle') ? (
                <Tooltip title={classBlocked}>
                  <Button
                    icon={<FileProtectOutlined aria-hidden />}
                    disabled={classBlocked !== null}
                    onClick={toClassMatter}
                  >
                    {t('toClassMatter')}
                  </Button>
                </Tooltip>
              ) : null}
              <Button
                icon={<CheckOutlined aria-hidden />}
                disabled={selected.length === 0}
                onClick={() => setBulk(true)}
              >
                {selected.length ? t('bulkSelected', { n: selected.length }) : t('bulkAcknowledge')}
              </Button>
            </>
          ) : null
        }
      >
        <WarningFilterBar value={filters} onChange={change} />
      </ListToolbar>
      {counts.error ? null : <WarningSummary counts={counts.data} filters={filters} onChange={change} />}
      {selected.length ? (
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text>{t('selected', { n: selected.length })}</Typography.Text>
          <Button type="link" size="small" onClick={() => setSelected([])}>
            {t('clearSelection')}
          </Button>
        </Space>
      ) : null}
      <WarningTable
        query={warnings}
        paging={paging}
        onOpen={open}
        selection={handler ? { keys: selected, onChange: setSelected } : undefined}
      />
      {openId ? <WarningDrawer id={openId} onClose={close} /> : null}
      {bulk ? (
        <BulkAcknowledgeModal
          ids={selected.map(String)}
          onClose={() => setBulk(false)}
          onDone={() => setSelected([])}
        />
      ) : null}
    </Card>
  );
}
