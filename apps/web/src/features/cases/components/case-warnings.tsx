import type { Page } from '@jiandu/contracts/paging';
import type { WarningSummary } from '@jiandu/contracts/warnings';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Table, Typography } from 'antd';
import { ListError } from '../../../components/list/list-error.tsx';
import { useOpenWarning } from '../../../components/warnings/use-open-warning.ts';
import { warningColumns } from '../../../components/warnings/warning-columns.tsx';
import { WarningDrawer } from '../../../components/warnings/warning-drawer.tsx';
import { t } from '../locale-warnings.ts';

/**
 * 预警: the supervision warnings raised on the case, each opening in the same drawer as in the
 * warning centre (facts, basis, history and the actions the user may take).
 */
export function CaseWarnings({ query }: { query: UseQueryResult<Page<WarningSummary>> }) {
  const { openId, open, close } = useOpenWarning();
  const page = query.data;
  return (
    <>
      {query.error ? <ListError error={query.error} onRetry={() => query.refetch()} /> : null}
      {page && page.total > page.items.length ? (
        <Alert
          type="info"
          showIcon
          title={t('more', { shown: page.items.length, total: page.total })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<WarningSummary>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={page?.items ?? []}
        columns={warningColumns({ onOpen: open, withCase: false, withAgency: false })}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('none')}</Typography.Text> }}
      />
      {openId ? <WarningDrawer id={openId} onClose={close} /> : null}
    </>
  );
}
