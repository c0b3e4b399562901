import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { PlanDetailPage } from './plan-detail-page.tsx';
import { PlanListPage } from './plan-list-page.tsx';

/** 监督计划: the plans of a year at /supervision-plans and one plan at /supervision-plans/:id. */
export default function SupervisionPlansPage() {
  return (
    <Routes>
      <Route index element={<PlanListPage />} />
      <Route path=":id" element={<PlanDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
