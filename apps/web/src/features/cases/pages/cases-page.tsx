import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { CaseDetailPage } from './case-detail-page.tsx';
import { CaseListPage } from './case-list-page.tsx';

/** 执法案件: the list at /cases and one case at /cases/:id. */
export default function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path=":id" element={<CaseDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
