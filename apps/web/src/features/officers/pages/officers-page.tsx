import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { OfficerDetailPage } from './officer-detail-page.tsx';
import { OfficerListPage } from './officer-list-page.tsx';

/** 执法人员: the list at /officers and one officer at /officers/:id. */
export default function OfficersPage() {
  return (
    <Routes>
      <Route index element={<OfficerListPage />} />
      <Route path=":id" element={<OfficerDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
