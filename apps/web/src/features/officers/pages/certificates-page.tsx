import { ExportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import { problemText } from '../../../lib/problem.ts';
import {
  type CertificateListQuery,
  type CertificateFilters as Filters,
  useCertificates,
} from '../api/use-certificates.ts';
import { useExportCertificates } from '../api/use-export-certificates.ts';
import { CertificateFilters } from '../components/certificate-filters.tsx';
import { CertificateTable } from '../components/certificate-table.tsx';
import { t } from '../locale.ts';
import { useSearchState } from '../search-state.ts';

const KEYS = ['orgId', 'q', 'type', 'status', 'expiringWithinDays', 'sort', 'order'] as const;

/** 执法证件: every certificate in the user's data scope, with expiry filters and an export. */
export default function CertificatesPage() {
  const { message } = App.useApp();
  const [state, setState] = useSearchState<CertificateListQuery>(KEYS);
  const query: CertificateListQuery = {
    ...state,
    expiringWithinDays: state.expiringWithinDays ? Number(state.expiringWithinDays) : undefined,
  };
  const certificates = useCertificates(query);
  const exporting = useExportCertificates();
  const { page: _p, pageSize: _s, sort: _o, order: _d, ...filters } = query;
  return (
    <Card
      title={t('certificatesTitle')}
      extra={
        <Button
          icon={<ExportOutlined aria-hidden />}
          loading={exporting.isPending}
          onClick={() =>
            exporting.mutateAsync(filters as Filters).catch((e: unknown) => message.error(problemText(e)))
          }
        >
          {t('export')}
        </Button>
      }
    >
      <CertificateFilters value={filters as Filters} onChange={(patch) => setState({ ...patch, page: 1 })} />
      {certificates.error ? (
        <Alert type="error" showIcon title={problemText(certificates.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <CertificateTable
        query={query}
        data={certificates.data}
        loading={certificates.isFetching}
        onQueryChange={setState}
      />
    </Card>
  );
}
