import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { ComplaintEntryPage } from './complaint-entry-page.tsx';
import { ComplaintPage } from './complaint-page.tsx';
import { ComplaintsHomePage } from './complaints-home-page.tsx';

/** 投诉举报: the desk and the list at /complaints, 登记 at /complaints/new, one complaint at /complaints/:id. */
export default function ComplaintsPage() {
  return (
    <Routes>
      <Route index element={<ComplaintsHomePage />} />
      <Route path="new" element={<ComplaintEntryPage />} />
      <Route path=":id" element={<ComplaintPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
