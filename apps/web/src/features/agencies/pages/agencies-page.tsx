import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { AgencyDetailPage } from './agency-detail-page.tsx';
import { AgencyListPage } from './agency-list-page.tsx';

/** 执法主体: the list at /agencies and one agency's qualification at /agencies/:orgId. */
export default function AgenciesPage() {
  return (
    <Routes>
      <Route index element={<AgencyListPage />} />
      <Route path=":orgId" element={<AgencyDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
