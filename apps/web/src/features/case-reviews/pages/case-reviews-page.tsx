import { Route, Routes } from 'react-router';
import { ForbiddenPage, NotFoundPage } from '../../../console/errors.tsx';
import { useSession } from '../../../console/session.tsx';
import { AnnualResultsPage } from './annual-results-page.tsx';
import { BatchCreatePage } from './batch-create-page.tsx';
import { BatchDetailPage } from './batch-detail-page.tsx';
import { BatchListPage } from './batch-list-page.tsx';

/** 案卷评查: the batches at /case-reviews, a new one, one batch, and the year's results per agency. */
export default function CaseReviewsPage() {
  const { can } = useSession();
  return (
    <Routes>
      <Route index element={<BatchListPage />} />
      <Route path="new" element={can('review.manage') ? <BatchCreatePage /> : <ForbiddenPage />} />
      <Route path="annual" element={<AnnualResultsPage />} />
      <Route path=":id" element={<BatchDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
